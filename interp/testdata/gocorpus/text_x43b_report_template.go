package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"text/template"
)

type WorkerStat struct {
	Name      string
	Processed int
	Failed    int
}

func (w WorkerStat) Rate() float64 {
	if w.Processed == 0 {
		return 0
	}
	return 100 * float64(w.Processed-w.Failed) / float64(w.Processed)
}

const report = `Run report: {{.Title}}
{{range $i, $w := .Workers -}}
{{$i}}. {{printf "%-8s" $w.Name}} processed={{$w.Processed}} failed={{$w.Failed}} ok={{printf "%.1f" $w.Rate}}%
{{- if gt $w.Failed 2}} (!){{end}}
{{end -}}
Total: {{total .Workers}}{{with .Note}}
Note: {{upper .}}{{end}}
`

func main() {
	stats := make([]WorkerStat, 4)
	var wg sync.WaitGroup
	for i := range stats {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := WorkerStat{Name: fmt.Sprintf("worker-%c", 'A'+i)}
			for j := 0; j < 10+i*3; j++ {
				s.Processed++
				if (j*7+i)%5 == 0 {
					s.Failed++
				}
			}
			stats[i] = s
		}(i)
	}
	wg.Wait()
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"total": func(ws []WorkerStat) int {
			t := 0
			for _, w := range ws {
				t += w.Processed
			}
			return t
		},
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := struct {
		Title   string
		Workers []WorkerStat
		Note    string
	}{"nightly batch", stats, "retry failed items"}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data.Note = ""
	data.Workers = data.Workers[:1]
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("b").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, data)
	fmt.Println("error:", err != nil)
}
