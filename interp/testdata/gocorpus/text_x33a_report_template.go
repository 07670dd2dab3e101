package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"text/template"
)

type WorkerReport struct {
	Name     string
	Done     int
	Failed   int
	Messages []string
}

func (w WorkerReport) Rate() float64 {
	if w.Done+w.Failed == 0 {
		return 0
	}
	return 100 * float64(w.Done) / float64(w.Done+w.Failed)
}

const tmpl = `Run summary ({{len .}} workers)
{{range $i, $w := .}}{{$i}}. {{printf "%-8s" $w.Name}} done={{$w.Done}} failed={{$w.Failed}} rate={{printf "%.1f" $w.Rate}}%
{{- if $w.Messages}}
{{range $w.Messages}}   - {{. | upper}}
{{end}}{{else}}
   (no messages)
{{end}}{{end}}`

func main() {
	names := []string{"alpha", "bravo", "charlie"}
	reports := make([]WorkerReport, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := WorkerReport{Name: n}
			for job := 1; job <= 10; job++ {
				if (job*(i+2))%7 == 0 {
					r.Failed++
					r.Messages = append(r.Messages, fmt.Sprintf("job %d failed", job))
				} else {
					r.Done++
				}
			}
			reports[i] = r
		}()
	}
	wg.Wait()

	t := template.Must(template.New("report").Funcs(template.FuncMap{
		"upper": strings.ToUpper,
	}).Parse(tmpl))
	if err := t.Execute(os.Stdout, reports); err != nil {
		fmt.Println("error:", err)
	}

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, reports[0])
	fmt.Println()
	fmt.Println("expected error:", err != nil)
}
