// The archetype plugin checks a property's validationRegex only when it asks for the value
// (interactive mode); in batch mode (-DinteractiveMode=false) a -DextensionName given on the command
// line is taken as it is. An extension name that is not lower-case and hyphenated is withheld by
// the host, so refuse it here, before anything is built, and leave no project behind.
def name = request.properties.get('extensionName')
if (!(name ==~ /[a-z][a-z0-9]*(-[a-z0-9]+)*/)) {
    def project = new File(request.outputDirectory, request.artifactId)
    project.deleteDir()
    throw new IllegalArgumentException("-DextensionName=" + name + " is not an extension name: give one that is lower-case"
            + " and hyphenated, such as patient-terms (users select extensions and set their options by it); nothing was generated")
}

// The same for the kind: an unknown one (a typo, -Dkind=extracter) generated a reporter, the template's last case.
def kind = request.properties.get('kind')
if (!(kind in ['source', 'extractor', 'reporter'])) {
    def project = new File(request.outputDirectory, request.artifactId)
    project.deleteDir()
    throw new IllegalArgumentException("-Dkind=" + kind + " is not a kind of plugin this archetype makes: give source, extractor"
            + " or reporter; nothing was generated")
}

// The same for the class name and the package: one that is not a Java identifier, or is a keyword
// (-DclassName=my-reporter, -Dpackage=org.example.new), generated a project whose first build failed.
def keywords = ['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue',
        'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements',
        'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public',
        'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient',
        'try', 'void', 'volatile', 'while', 'true', 'false', 'null', '_'] as Set
def isJavaName = { String word ->
    word != null && !word.isEmpty() && !(word in keywords) && Character.isJavaIdentifierStart(word.codePointAt(0)) &&
            word.codePoints().skip(1).allMatch { Character.isJavaIdentifierPart(it) }
}
def className = request.properties.get('className')
if (!isJavaName(className)) {
    def project = new File(request.outputDirectory, request.artifactId)
    project.deleteDir()
    throw new IllegalArgumentException("-DclassName=" + className + " is not a Java class name: give a Java identifier that is"
            + " not a keyword, such as PatientTerms; nothing was generated")
}
def packageName = request.properties.get('package')
if (packageName == null || !packageName.split('\\.', -1).every { isJavaName(it) }) {
    def project = new File(request.outputDirectory, request.artifactId)
    project.deleteDir()
    def bad = packageName == null ? null : packageName.split('\\.', -1).find { !isJavaName(it) }
    throw new IllegalArgumentException("-Dpackage=" + packageName + " is not a Java package: each part between dots must be a"
            + " Java identifier that is not a keyword ('" + bad + "' is not), such as org.example.terms; nothing was generated")
}

// The example records are what the source reads; an extractor's or reporter's tests build their own records.
if (kind != 'source') {
    def resources = new File(request.outputDirectory, request.artifactId + '/src/test/resources')
    resources.deleteDir()
}

// The template's pom.xml marks the block plugin-guide.md quotes (tag::parent[] / end::parent[], checked by the guide's
// test); those markers mean nothing in a plugin's own pom, so they are taken out of the generated one.
def pom = new File(request.outputDirectory, request.artifactId + '/pom.xml')
pom.write(pom.getText('UTF-8').readLines().findAll { !(it ==~ /\s*<!-- (tag|end)::parent\[\] -->\s*/) }.join('\n') + '\n', 'UTF-8')
