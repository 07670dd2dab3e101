package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Run struct {
	Model    string
	Params   int
	Accuracy float64
	Loss     []float64
	Notes    string
}

func (r Run) Best() float64 {
	best := r.Loss[0]
	for _, l := range r.Loss {
		if l < best {
			best = l
		}
	}
	return best
}

const report = `Experiment report: {{.Title}}
{{- range $i, $r := .Runs}}
{{inc $i}}. {{$r.Model | printf "%-10s"}} params={{$r.Params}} acc={{pct $r.Accuracy}} best-loss={{printf "%.3f" $r.Best}}
   curve: {{range $j, $l := $r.Loss}}{{if $j}} -> {{end}}{{printf "%.2f" $l}}{{end}}
   {{- if $r.Notes}}
   note: {{$r.Notes | upper}}{{end}}
{{- end}}
{{with .Winner}}Winner: {{.Model}} ({{pct .Accuracy}}){{else}}No winner{{end}}
`

func main() {
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"pct":   func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
		"upper": strings.ToUpper,
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	runs := []Run{
		{"logreg", 7850, 0.9213, []float64{0.61, 0.40, 0.33, 0.31}, ""},
		{"mlp-64", 50890, 0.9702, []float64{0.45, 0.21, 0.14, 0.11}, "early stopping at epoch 4"},
		{"cnn-small", 93322, 0.9881, []float64{0.38, 0.12, 0.07, 0.08}, ""},
	}
	winner := runs[0]
	for _, r := range runs {
		if r.Accuracy > winner.Accuracy {
			winner = r
		}
	}
	data := map[string]any{
		"Title":  "MNIST baselines",
		"Runs":   runs,
		"Winner": &winner,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}
	data["Winner"] = nil
	data["Runs"] = runs[:1]
	data["Title"] = "single"
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := bad.Execute(os.Stdout, runs[0])
	fmt.Println("error:", err != nil)
}
