package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Run struct {
	Model    string
	Epochs   int
	Acc      float64
	Loss     float64
	Metrics  map[string]float64
	Failures []string
}

const report = `== {{.Model}} ==
epochs: {{.Epochs}}
accuracy: {{printf "%.4f" .Acc}} loss: {{printf "%.4f" .Loss}}
{{- range $k, $v := .Metrics}}
  {{$k | upper}} = {{printf "%.4f" $v}}
{{- end}}
{{if .Failures}}failures ({{len .Failures}}):{{range $i, $f := .Failures}} [{{$i}}]{{$f}}{{end}}{{else}}no failures{{end}}
{{with .Metrics.f1}}{{if gt . 0.8}}good f1{{else}}weak f1{{end}}{{end}}
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	runs := []Run{
		{"logreg", 100, 0.8734, 0.3012, map[string]float64{"precision": 0.81, "recall": 0.9, "f1": 0.8526}, nil},
		{"mlp", 50, 0.91, 0.2101, map[string]float64{"f1": 0.7, "auc": 0.95}, []string{"nan at epoch 3", "diverged"}},
	}
	for _, r := range runs {
		if err := t.Execute(os.Stdout, r); err != nil {
			fmt.Println("exec error:", err)
		}
	}
	bad := template.Must(template.New("b").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, runs[0])
	fmt.Println("err:", err != nil)
	var sb strings.Builder
	template.Must(template.New("t").Parse(`{{range .}}{{.Model}}={{.Epochs}} {{end}}`)).Execute(&sb, runs)
	fmt.Println(strings.TrimSpace(sb.String()))
}
