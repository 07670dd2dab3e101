package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Sample struct {
	Name    string
	Reads   int
	Mapped  int
	Contigs []string
}

func (s Sample) Rate() float64 { return 100 * float64(s.Mapped) / float64(s.Reads) }

const report = `Sequencing report: {{.Title}}
{{range $i, $s := .Samples -}}
{{printf "%2d" (inc $i)}}. {{printf "%-8s" $s.Name}} reads={{$s.Reads}} mapped={{printf "%.1f" $s.Rate}}%
{{- if $s.Contigs}} contigs: {{join $s.Contigs ", "}}{{else}} (no contigs){{end}}
{{end -}}
{{with .Note}}Note: {{.}}{{end}}
Total reads: {{total .Samples}}
`

func main() {
	funcs := template.FuncMap{
		"inc":  func(i int) int { return i + 1 },
		"join": strings.Join,
		"total": func(ss []Sample) int {
			t := 0
			for _, s := range ss {
				t += s.Reads
			}
			return t
		},
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Title": "run 42",
		"Samples": []Sample{
			{"liver", 12000, 11000, []string{"ctg1", "ctg7"}},
			{"brain", 9800, 7300, nil},
			{"blood", 20500, 20100, []string{"ctg2"}},
		},
		"Note": "lane 3 re-run",
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)
	t2 := template.Must(template.New("x").Parse("{{.Missing.Field}}\n"))
	err = t2.Execute(os.Stdout, Sample{Name: "q"})
	fmt.Println("exec error:", err)
}
