package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

type Result struct {
	Name   string
	Passed bool
	Got    any
	Want   any
}

type Reporter interface {
	Report(w io.Writer, suite string, rs []Result) error
}

type templateReporter struct{ t *template.Template }

func NewTemplateReporter() (Reporter, error) {
	funcs := template.FuncMap{
		"status": func(ok bool) string {
			if ok {
				return "PASS"
			}
			return "FAIL"
		},
		"upper": strings.ToUpper,
		"count": func(rs []Result) (n int) {
			for _, r := range rs {
				if r.Passed {
					n++
				}
			}
			return
		},
	}
	t, err := template.New("r").Funcs(funcs).Parse(`== {{upper .Suite}} ==
{{range $i, $r := .Results}}{{$i}}: {{status $r.Passed}} {{$r.Name}}{{if not $r.Passed}} (got {{printf "%v" $r.Got}}, want {{printf "%v" $r.Want}}){{end}}
{{else}}no results
{{end}}{{with .Results}}{{count .}}/{{len .}} passed{{end}}
`)
	if err != nil {
		return nil, err
	}
	return &templateReporter{t}, nil
}

func (tr *templateReporter) Report(w io.Writer, suite string, rs []Result) error {
	return tr.t.Execute(w, struct {
		Suite   string
		Results []Result
	}{suite, rs})
}

func check(name string, got, want any) Result {
	return Result{name, fmt.Sprint(got) == fmt.Sprint(want), got, want}
}

func main() {
	rep, err := NewTemplateReporter()
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	rs := []Result{
		check("trim", strings.TrimSpace("  x "), "x"),
		check("repeat", strings.Repeat("ab", 3), "ababab"),
		check("fields", len(strings.Fields(" a b  c ")), 3),
		check("split", strings.Split("a,b,c", ","), []string{"a", "b"}),
		check("replace", strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<b>"), "&lt;b&gt;"),
	}
	if err := rep.Report(os.Stdout, "strings", rs); err != nil {
		fmt.Println("exec:", err)
	}
	rep.Report(os.Stdout, "empty", nil)

	var sb strings.Builder
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err = bad.Execute(&sb, struct{ Name string }{"x"})
	fmt.Println("exec error:", err != nil)
	_, err = template.New("p").Parse("{{if}}")
	fmt.Println("parse error:", err)
	m := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	m.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})
}
