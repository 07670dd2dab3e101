package main

import (
	"os"
	"strings"
	"text/template"
)

type Epoch struct {
	N        int
	Train    float64
	Val      float64
	LR       float64
	Improved bool
}

type Report struct {
	Model  string
	Epochs []Epoch
	Params map[string]int
}

func (r Report) Best() Epoch {
	b := r.Epochs[0]
	for _, e := range r.Epochs {
		if e.Val < b.Val {
			b = e
		}
	}
	return b
}

const tpl = `Model: {{.Model | upper}}
{{range $k, $v := .Params}}  {{$k}} = {{$v}}
{{end}}{{range .Epochs -}}
epoch {{printf "%2d" .N}} train={{printf "%.4f" .Train}} val={{printf "%.4f" .Val}}{{if .Improved}} *{{end}}
{{end -}}
{{with .Best}}best epoch {{.N}} val {{printf "%.4f" .Val}}{{end}}
total epochs: {{len .Epochs}}
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tpl))
	r := Report{Model: "mlp-2x16", Params: map[string]int{"hidden": 16, "layers": 2, "batch": 8}}
	best := 1e9
	train := 1.2
	for i := 1; i <= 6; i++ {
		train *= 0.7
		val := train + 0.05*float64((i-3)*(i-3))/4
		e := Epoch{N: i, Train: train, Val: val, LR: 0.1 / float64(i)}
		if val < best {
			best = val
			e.Improved = true
		}
		r.Epochs = append(r.Epochs, e)
	}
	if err := t.Execute(os.Stdout, r); err != nil {
		panic(err)
	}
}
