package se.klinedu.core.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import se.klinedu.core.Language;
import se.klinedu.core.json.JsonEnum;

/** Every module's reason codes and texts, found through {@link ServiceLoader} once and then unchanging. */
final class ReasonRegistry {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");

    final Map<String, ReasonCode> codes;
    final Map<Language, Renderer> renderers;

    private ReasonRegistry(Map<String, ReasonCode> codes, Map<Language, Renderer> renderers) {
        this.codes = codes;
        this.renderers = renderers;
    }

    /** Loaded on first use, by the JVM's class initialisation. */
    private static final class Loaded {
        static final ReasonRegistry REGISTRY = of(ServiceLoader.load(ReasonTexts.class, ReasonTexts.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList());
    }

    static Renderer renderer(Language language) {
        return Loaded.REGISTRY.renderers.get(language);
    }

    static ReasonCode code(String code) {
        return Loaded.REGISTRY.codes.get(code);
    }

    /**
     * Checks and indexes the texts of several modules.
     *
     * @param sources the modules' texts
     * @return the registry
     * @throws IllegalStateException listing every problem found
     */
    static ReasonRegistry of(List<ReasonTexts> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, ReasonCode> codes = new HashMap<>();
        Map<Language, Map<ReasonCode, Template>> templates = new EnumMap<>(Language.class);
        Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);
        for (ReasonTexts source : sources) {
            for (ReasonCode code : source.codes()) {
                if (!CODE.matcher(code.code()).matches()) {
                    problems.add(code.code() + ": not a code of lower-case words joined by dots and hyphens");
                }
                if (codes.putIfAbsent(code.code(), code) != null) {
                    problems.add(code.code() + ": declared twice");
                }
                if (new HashSet<>(code.parameters()).size() != code.parameters().size()) {
                    problems.add(code.code() + ": a parameter named twice");
                }
            }
            Set<String> labelKeys = new HashSet<>();
            for (Class<? extends JsonEnum> type : source.labelled()) {
                for (JsonEnum constant : type.getEnumConstants()) {
                    labelKeys.add(Renderer.labelKey(constant));
                }
            }
            for (Language language : Language.values()) {
                Map<String, String> texts = source.texts(language);
                Set<String> unused = new HashSet<>(texts.keySet());
                for (ReasonCode code : source.codes()) {
                    String text = texts.get(code.code());
                    unused.remove(code.code());
                    if (text == null || text.isBlank()) {
                        problems.add(code.code() + ": no text in " + language.code());
                        continue;
                    }
                    Template template = Template.parse(code, text, problems);
                    if (template != null) {
                        templates.computeIfAbsent(language, l -> new HashMap<>()).put(code, template);
                    }
                }
                for (String key : labelKeys) {
                    String word = texts.get(key);
                    unused.remove(key);
                    if (word == null || word.isBlank()) {
                        problems.add(key + ": no label in " + language.code());
                    } else if (labels.computeIfAbsent(language, l -> new HashMap<>()).put(key, word.strip()) != null) {
                        problems.add(key + ": labelled twice");
                    }
                }
                unused.forEach(key -> problems.add(key + ": a text in " + language.code() + " of no code or label"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the reason texts have " + problems.size() + " problem(s): "
                    + problems.stream().sorted().toList());
        }
        for (Language language : Language.values()) {
            templates.computeIfAbsent(language, l -> new HashMap<>());
        }
        return new ReasonRegistry(Map.copyOf(codes), Renderer.all(templates, labels));
    }
}
