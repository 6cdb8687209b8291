// The --help text.
export const USAGE = `Usage: shipshape [options] [paths or globs...]
       shipshape rules [--format text|json]

Lints Dockerfiles, Compose files, daemon.json, Kubernetes manifests, control-plane and kubelet
configuration and kubeconfig files for security problems. Directories are walked recursively,
respecting .gitignore and the configuration's "exclude"; quote globs ('k8s/**/*.yaml') so the shell
leaves them to Shipshape. With no path, the current directory is linted. (To lint a directory named
"rules", write ./rules.)

Options:
  -f, --format text|json|sarif   Output format (default: text)
  -r, --rule ID[,ID...]          Run only these rules, even ones that are off by default (repeatable)
  -c, --config FILE              Configuration file (default: the nearest .shipshape.yaml or
                                 .shipshape.yml from the current directory upwards)
      --fail-on LEVEL            Exit 1 when a finding is at or above LEVEL:
                                 error, warning, info, hint or never (default: error)
  -q, --quiet                    Do not print the summary
      --verbose                  Report files that are skipped, and why
      --threads N                Lint with N worker threads (default: one per core when there
                                 are many files; 1 lints in the main thread)
  -h, --help                     Show this help
      --version                  Show the version

Exit status: 0 no finding at or above --fail-on, 1 some finding is, 2 usage or configuration error
or a file that could not be read.
`;
