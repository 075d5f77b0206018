package vn.gov.ward.knowledge.search;
public class ListVariantsTmp {
    public static void main(String[] a) {
        var cat = RealCatalogue.catalogue();
        Variants v = new Variants(cat.procedures(), Lexicon.bundled().chatWords());
        for (var p : cat.procedures()) v.of(p.code()).ifPresent(x -> System.out.println(p.code() + " <- " + x.base() + " " + x.qualifiers() + " | " + p.name().substring(0, Math.min(90, p.name().length()))));
    }
}
