package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Revenue float64
}

type Summary struct {
	Title   string
	Regions map[string][]Sale
	Notes   []string
}

func (s Summary) RegionNames() []string {
	names := make([]string, 0, len(s.Regions))
	for n := range s.Regions {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func sum(sales []Sale) (float64, error) {
	if len(sales) == 0 {
		return 0, fmt.Errorf("no sales")
	}
	t := 0.0
	for _, s := range sales {
		t += s.Revenue
	}
	return t, nil
}

const report = `{{/* sales report */ -}}
{{.Title}}
{{repeat "=" (len .Title)}}
{{range $name := .RegionNames -}}
{{$sales := index $.Regions $name -}}
[{{$name}}] {{len $sales}} sale(s), total {{sum $sales | printf "%.2f"}}
{{- range $i, $s := $sales}}
  {{if eq $i 0}}first:{{else}}     {{end}} {{$s.Product | printf "%-10s"}} {{printf "%4d" $s.Units}} {{printf "%9.2f" $s.Revenue}}
{{- end}}
{{end -}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes.{{end}}
{{and 1 0}} {{or "" "fallback"}} {{not true}} {{len "héllo"}} {{slice "abcdef" 1 3}} {{html "<b>"}} {{js "it's"}} {{urlquery "a b&c"}}
{{print 1 2 "x" 3}} {{println "end"}}`

func main() {
	funcs := template.FuncMap{"repeat": strings.Repeat, "sum": sum, "join": strings.Join}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	s := Summary{
		Title: "Q3 Sales by Region",
		Regions: map[string][]Sale{
			"North": {{"North", "Widget", 120, 1800}, {"North", "Gizmo", 15, 742.5}},
			"South": {{"South", "Widget", 80, 1200}},
			"West":  {},
		},
	}
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println("\nexec error:", err)
	}
	delete(s.Regions, "West")
	s.Notes = []string{"North beat target", "South flat"}
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println("\nexec error:", err)
	}
}
