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

// The example records are what the source reads; an extractor's or reporter's tests build their own records.
if (kind != 'source') {
    def resources = new File(request.outputDirectory, request.artifactId + '/src/test/resources')
    resources.deleteDir()
}
