package vn.gov.ward.assistant.web;

import java.io.IOException;

/** A request body went past its limit while it was read (413): what was read is dropped, nothing acted on. */
class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("The request body is over " + BodyLimitFilter.readable(limit));
    }
}
