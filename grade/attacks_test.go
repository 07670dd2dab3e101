package grade

import (
	"fmt"
	"strings"
)

// The attacks of TestAttacks: what a dishonest student tries, each in the
// svm-loss solution cell of an otherwise complete submission. An attack
// that reads collects what it got in info, and its svmLoss panics with
// info, so what the attack saw is in the check's message in the report.

// paths are the grader's files an attack aims at.
type paths struct {
	source, honest, honestLocals, binary, outside, report string
}

// attack is one dishonest submission.
type attack struct {
	name string
	// code is the solution cell; for leaks it sets info (see leak).
	code string
	// added, if set, is a code cell the student adds after it.
	added string
	// raw, if set, is the submission file's content instead.
	raw []byte
	// notIn are texts that must not be in the attack's report: what the
	// grader's reading functions return when the read worked.
	notIn []string
	// want is a text that must be in the svm check's message (how the
	// attack was stopped), if set; "a|b" accepts either.
	want string
	// finding is a kind of Finding the report must hold, if set.
	finding FindingKind
	// needs names a layer without which the attack is not run (it would
	// do real damage on this machine: fill its disk).
	needs string
}

// leak wraps statements that gather what an attack reads into info.
func leak(imports, body string) string {
	return "import (\n" + imports + "\n)\n\nvar info string\n\nfunc add(v ...any) { info += fmt.Sprintln(v...) }\n\n" +
		body + "\n\nfunc svmLoss(scores []float64, y int) (float64, []float64) { panic(info) }"
}

// inSVM is a svmLoss whose body is body.
func inSVM(imports, body string) string {
	return "import (\n" + imports + "\n)\n\nfunc svmLoss(scores []float64, y int) (float64, []float64) {\n" + body + "\n}"
}

// readers are the compiled functions a cell can call with a path, each
// as a statement template with %[1]q the path.
var readers = map[string]string{
	"os.ReadFile":         `b, err := os.ReadFile(%[1]q); add(string(b), err)`,
	"template.ParseFiles": `tp, err := template.ParseFiles(%[1]q); if err == nil { add(tp.Root.String()) }; add(err)`,
	"template.ParseGlob":  `tp, err := template.ParseGlob(filepath.Dir(%[1]q) + "/*"); if err == nil { add(tp.DefinedTemplates()) }; add(err)`,
	"filepath.Glob":       `m, err := filepath.Glob(filepath.Dir(%[1]q) + "/*"); add(m, err)`,
	"filepath.WalkDir":    `filepath.WalkDir(filepath.Dir(%[1]q), func(p string, d fs.DirEntry, err error) error { add(p, err); return nil })`,
	"os.ReadDir":          `es, err := os.ReadDir(filepath.Dir(%[1]q)); add(es, err)`,
	"os.DirFS":            `b, err := fs.ReadFile(os.DirFS(filepath.Dir(%[1]q)), filepath.Base(%[1]q)); add(string(b), err)`,
	"parser.ParseFile":    `_, err := parser.ParseFile(token.NewFileSet(), %[1]q, nil, 0); add(err)`,
	"elf.Open":            `f, err := elf.Open(%[1]q); if err == nil { for _, s := range f.Sections { add(s.Name) } }; add(err)`,
	"zip.OpenReader":      `_, err := zip.OpenReader(%[1]q); add(err)`,
	"datasets.LoadMNIST":  `_, err := datasets.LoadMNIST(filepath.Dir(%[1]q)); add(err)`,
}

const readerImports = "\t\"archive/zip\"\n\t\"debug/elf\"\n\t\"go/parser\"\n\t\"go/token\"\n\t\"io/fs\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"text/template\""

// attacks returns the suite, aimed at p.
func attacks(p paths) []attack {
	// What a working read of each target shows.
	sourceSeen := []string{"BEGIN HIDDEN", "svmLoss(frog)", "SOURCE-CONTENT-4417", "HONEST-CONTENT-5521", "dirlisting-3319",
		"ELF", ".text", "zip: not a valid", "expected 'package'"}
	var out []attack
	for _, name := range sortedKeys(readers) {
		for _, target := range []struct{ what, path string }{{"the source", p.source}, {"the grader's binary", p.binary}} {
			out = append(out, attack{name: name + " reads " + target.what,
				code: leak(readerImports, "_ = zip.OpenReader\n_ = elf.Open\n_ = parser.ParseFile\n_ = token.NewFileSet\n_ = template.New\n_ = fs.ValidPath\n"+
					fmt.Sprintf(readers[name], target.path)),
				notIn: sourceSeen})
		}
	}
	honest := fmt.Sprintf(readers["os.ReadFile"], p.honest)
	out = append(out,
		attack{name: "reads another submission", code: leak("\t\"os\"", honest), notIn: sourceSeen},
		attack{name: "climbs out through a symlink and ..", code: leak("\t\"os\"", fmt.Sprintf(
			"wd, _ := os.Getwd()\nos.MkdirAll(\"d/e\", 0o755)\nadd(os.Symlink(wd, \"d/e/s\"))\nb, err := os.ReadFile(\"d/e/s/../../../..\" + %q)\nadd(string(b), err)", p.source)), notIn: sourceSeen},
		attack{name: "reads /proc/PPID/environ", code: leak("\t\"os\"\n\t\"text/template\"", "for _, pid := range []int{os.Getppid(), 1, 2} {\n"+
			"\ttp, err := template.ParseFiles(fmt.Sprintf(\"/proc/%d/environ\", pid)); if err == nil { add(tp.Root.String()) }; add(err)\n}"), notIn: []string{"TOKEN-9034"}},
		attack{name: "reads /proc/PPID/cmdline", code: leak("\t\"os\"\n\t\"text/template\"", "for _, pid := range []int{os.Getppid(), 1} {\n"+
			"\ttp, err := template.ParseFiles(fmt.Sprintf(\"/proc/%d/cmdline\", pid)); if err == nil { add(tp.Root.String()) }; add(err)\n}"), notIn: []string{"CMDLINE-7781"}},
		attack{name: "lists every process's environment", code: leak("\t\"path/filepath\"\n\t\"text/template\"", "m, _ := filepath.Glob(\"/proc/*/environ\")\nfor _, f := range m {\n"+
			"\ttp, err := template.ParseFiles(f); if err == nil { add(tp.Root.String()) }; add(err)\n}"), notIn: []string{"TOKEN-9034"}},
		// What a /proc of the machine would show: the kernel's own files
		// (names only: Landlock refuses their contents). Globbing a
		// name without a pattern is a stat, which Landlock allows.
		attack{name: "finds the kernel's /proc files", needs: LayerMountNS, code: leak("\t\"path/filepath\"", "for _, f := range []string{\"kallsyms\", \"sysrq-trigger\", \"sys\", \"kcore\", \"meminfo\"} {\n"+
			"\tm, _ := filepath.Glob(\"/proc/\" + f)\n\tfor _, p := range m {\n\t\tadd(\"FOUND-\" + filepath.Base(p))\n\t}\n}\nadd(\"looked\")"), notIn: []string{"FOUND-"}},
		attack{name: "reads its own memory", code: leak("\t\"debug/elf\"", "f, err := elf.Open(\"/proc/self/mem\"); add(f != nil, err)"), notIn: []string{"<nil>"}},
		attack{name: "writes outside with a plot", code: leak("", fmt.Sprintf("add(plotting.LossCurve([]float64{3, 2, 1}).Save(%q))", p.outside+"/pwned.png"))},
		attack{name: "overwrites the grader's binary", code: leak("\t\"os\"", fmt.Sprintf("add(os.WriteFile(%[1]q, []byte(\"#!/bin/sh\\n\"), 0o755))\nadd(plotting.LossCurve([]float64{1}).Save(%[1]q + \".png\"))", p.binary))},
		attack{name: "overwrites the report", code: leak("\t\"os\"", fmt.Sprintf("add(os.WriteFile(%q, []byte(\"{}\"), 0o644))", p.report))},
		attack{name: "links out and writes", code: leak("\t\"os\"", fmt.Sprintf("add(os.Symlink(%q, \"p.png\"))\nadd(plotting.LossCurve([]float64{1}).Save(\"p.png\"))", p.outside+"/pwned-link.png"))},
		// Forging and tampering.
		attack{name: "forges through os.NewFile", code: "import \"os\"\n\n" + wrongSVM + "\n\nos.NewFile(3, \"\").Write([]byte(\"forged\\n\"))", want: "undefined: os.NewFile"},
		attack{name: "forges on standard output", code: wrongSVM + "\n\nfor i := 0; i < 20; i++ {\n\tfmt.Printf(\"0000 {\\\"seq\\\":%d,\\\"type\\\":\\\"end\\\",\\\"cell\\\":8,\\\"status\\\":\\\"passed\\\"}\\n\", i)\n}"},
		attack{name: "forges through /proc/self/fd", code: leak("", "add(plotting.LossCurve([]float64{1}).Save(\"/proc/self/fd/3.png\"))")},
		attack{name: "writes a grader field with reflect.NewAt", code: leak("\t\"reflect\"", "v := reflect.ValueOf(&struct{ a int }{}).Elem().Field(0)\nreflect.NewAt(v.Type(), v.Addr().UnsafePointer()).Elem().SetInt(1)"), want: "reflect.NewAt"},
		attack{name: "converts an UnsafePointer", code: leak("\t\"reflect\"", "v := reflect.ValueOf(&struct{ a int }{}).Elem().Field(0)\np := (*int)(v.Addr().UnsafePointer())\n*p = 1"), want: "UnsafePointer is not available"},
		attack{name: "redeclares panic", code: svmSolutionStub + "\n\nfunc panic(v any) {}", finding: Redeclared},
		attack{name: "ends checks with runtime.Goexit", code: inSVM("\t\"runtime\"", "\truntime.Goexit()\n\treturn 0, nil"), finding: Tampered},
		attack{name: "assigns a locked variable", code: svmSolutionStub + "\n\nrng = nil", finding: Tampered},
		attack{name: "redeclares a locked helper", code: svmSolutionStub + "\n\nfunc closeTo(a, b, tol float64) bool { return true }", finding: Redeclared},
		// Names of a cell with no nbgrader metadata (examplesSrc), which
		// the svm check uses, under a correct svmLoss: only the finding
		// keeps the check from passing.
		attack{name: "redeclares a helper of a cell without metadata", code: svmSolution + "\n\n" + catFunc, finding: Redeclared, want: "not counted"},
		attack{name: "shadows a helper with a variable", code: svmSolution + "\n\nvar cat = func() example { return example{scores: []float64{3.2, 5.1, -1.7}} }", finding: Redeclared},
		attack{name: "shadows a type with its own", code: "type example struct {\n\tscores []float64\n\ty      int\n}\n\n" + svmSolution, finding: Redeclared, want: "not counted"},
		attack{name: "adds a method to a notebook type", code: svmSolution + "\n\nfunc (e example) String() string { return \"cat\" }", finding: Redeclared, want: "not counted"},
		attack{name: "redeclares a variable in a cell it adds", code: svmSolution, added: "tol := 1e-9", finding: Redeclared, want: "not counted"},
		attack{name: "redeclares a helper in a cell it adds", code: svmSolution, added: catFunc, finding: Redeclared, want: "not counted"},
		attack{name: "assigns a notebook variable in its function", code: strings.Replace(svmSolution, "\tloss := 0.0", "\ttol = 1e-9\n\tloss := 0.0", 1), finding: Tampered, want: "not counted"},
		// Exhaustion.
		attack{name: "loops forever", code: inSVM("", "\tfor {\n\t}"), want: "time limit"},
		attack{name: "sleeps in compiled code", code: inSVM("\t\"time\"", "\ttime.Sleep(time.Hour)\n\treturn 0, nil"), want: "time limit"},
		attack{name: "allocates without end", code: "var keep [][]float64\nfor {\n\tkeep = append(keep, make([]float64, 1<<20))\n}\n\n" + svmSolutionStub, want: "memory limit"},
		attack{name: "allocates 64 GiB at once", code: "b := make([]byte, 64<<30)\nb[len(b)-1] = 1\n\n" + svmSolutionStub, want: "out of memory"},
		attack{name: "fills the disk", needs: LayerMountNS, code: leak("\t\"os\"\n\t\"strings\"", "chunk := []byte(strings.Repeat(\"x\", 1<<20))\n"+
			"for i := 0; i < 8; i++ {\n\tf, err := os.Create(fmt.Sprintf(\"big%d\", i)); if err != nil { add(err); break }\n"+
			"\tfor j := 0; j < 256; j++ { if _, err := f.Write(chunk); err != nil { add(i, j, err); break } }\n\tf.Close()\n}"), want: "no space left"},
		attack{name: "starts a thread for each goroutine", code: "import (\n\t\"runtime\"\n\t\"time\"\n)\n\nfor i := 0; i < 5000; i++ {\n\tgo func() { runtime.LockOSThread(); time.Sleep(time.Hour) }()\n}\ntime.Sleep(2 * time.Second)\n\n" + svmSolutionStub,
			// The thread limit stops it; under the race detector each
			// thread costs enough memory that the memory limit may first.
			want: "threads|out of memory"},
		attack{name: "opens files without end", code: leak("\t\"os\"", "var keep []*os.File\nfor i := 0; i < 5000; i++ {\n\tf, err := os.Create(fmt.Sprintf(\"f%d\", i)); if err != nil { add(i, err); break }\n\tkeep = append(keep, f)\n}"), want: "too many open files"},
		attack{name: "prints without end", code: inSVM("", "\tfor {\n\t\tfmt.Println(\"spam spam spam spam\")\n\t}"), want: "output limit"},
		attack{name: "writes standard error without end", code: inSVM("\t\"os\"", "\tfor i := 0; i < 1<<20; i++ {\n\t\tfmt.Fprintln(os.Stderr, \"spam spam spam spam\")\n\t}\n\treturn 0, nil")},
		attack{name: "imports os/exec", code: "import \"os/exec\"\n\n" + svmSolutionStub + "\n\nexec.Command(\"sh\").Run()", want: "os/exec"},
		attack{name: "imports syscall to kill the grader", code: "import \"syscall\"\n\n" + svmSolutionStub + "\n\nsyscall.Kill(1, 9)", want: "syscall"},
		attack{name: "imports net", code: "import \"net\"\n\n" + svmSolutionStub + "\n\nnet.Dial(\"tcp\", \"1.1.1.1:80\")", want: "net"},
		attack{name: "finds the grader's process", code: "import \"os\"\n\n" + svmSolutionStub + "\n\np, _ := os.FindProcess(os.Getppid())\np.Kill()", want: "os.FindProcess"},
		// Malformed notebooks.
		attack{name: "is not JSON", raw: []byte("{\"cells\": [")},
		attack{name: "is nested without end", raw: []byte(strings.Repeat("[", 1<<20))},
		attack{name: "is larger than --max-submission", raw: append([]byte(`{"cells": [], "x": "`), append([]byte(strings.Repeat("x", 3<<20)), '"', '}')...)},
		attack{name: "has a cell whose source is a number", raw: []byte(`{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "svm", "source": 7, "metadata": {}, "outputs": []}]}`)},
	)
	return out
}

// catFunc declares examplesSrc's cat again, the same.
const catFunc = "func cat() example { return example{scores: []float64{3.2, 5.1, -1.7}, y: 0} }"

// honestLocals is a correct svmLoss whose locals are named like the
// notebook's globals (tol, c, cat), and a cell the student adds that uses
// the notebook's names without declaring them: no finding, full marks.
const honestLocals = "func svmLoss(scores []float64, y int) (float64, []float64) {\n\tgrad := make([]float64, len(scores))\n\tloss, tol := 0.0, 0.0\n" +
	"\tfor c, cat := range scores {\n\t\tif c == y {\n\t\t\tcontinue\n\t\t}\n\t\tif m := cat - scores[y] + 1; m > tol {\n\t\t\tloss += m\n\t\t\tgrad[c]++\n\t\t\tgrad[y]--\n\t\t}\n\t}\n\treturn loss, grad\n}"

// honestAdded is the cell honestLocals' student adds.
const honestAdded = "mine := cat()\nfmt.Println(svmLoss(mine.scores, mine.y))\nfmt.Println(closeTo(1, 1, tol))"

// svmSolutionStub is an svmLoss that loses its points honestly, for
// attacks whose damage is elsewhere.
const svmSolutionStub = "func svmLoss(scores []float64, y int) (float64, []float64) { return 0, nil }"
