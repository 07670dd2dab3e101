package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Region struct {
	Name  string
	Start uint32
	Size  uint32
	Used  uint32
	Tags  []string
}

func (r Region) Free() uint32 { return r.Size - r.Used }

func (r Region) Percent() float64 { return 100 * float64(r.Used) / float64(r.Size) }

type Report struct {
	Title   string
	Regions []Region
	Notes   map[string]string
}

const tmpl = `== {{.Title | upper}} ==
{{range $i, $r := .Regions -}}
{{$i}}. {{printf "%-8s" $r.Name}} @{{hex $r.Start}} size={{$r.Size}} used={{$r.Used}} free={{$r.Free}} ({{printf "%.1f" $r.Percent}}%)
{{- if gt $r.Percent 75.0}} WARNING{{end}}
{{- with $r.Tags}} tags: {{join . ","}}{{else}} (untagged){{end}}
{{end -}}
{{if .Notes}}notes:
{{range $k, $v := .Notes}}  {{$k}} = {{$v}}
{{end}}{{end -}}
total used: {{total .Regions}} bytes
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"hex":   func(v uint32) string { return fmt.Sprintf("%#08x", v) },
		"join":  strings.Join,
		"total": func(rs []Region) uint32 {
			var t uint32
			for _, r := range rs {
				t += r.Used
			}
			return t
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	rep := Report{
		Title: "heap regions",
		Regions: []Region{
			{"text", 0x1000, 4096, 3900, []string{"rx", "static"}},
			{"data", 0x2000, 8192, 1024, nil},
			{"heap", 0x4000, 65536, 50000, []string{"rw"}},
			{"stack", 0xf000, 4096, 512, []string{"rw", "guard"}},
		},
		Notes: map[string]string{"zeta": "last", "alpha": "first", "mid": "ok"},
	}
	if err := t.Execute(os.Stdout, rep); err != nil {
		fmt.Println("exec error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, rep)
	fmt.Println("error:", err != nil)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
}
