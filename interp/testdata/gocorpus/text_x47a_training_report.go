package main

import (
	"os"
	"strings"
	"text/template"
)

type Epoch struct {
	N        int
	Loss     float64
	Accuracy float64
}

type Report struct {
	Model  string
	LR     float64
	Epochs []Epoch
	Notes  []string
}

func (r Report) Best() Epoch {
	best := r.Epochs[0]
	for _, e := range r.Epochs {
		if e.Loss < best.Loss {
			best = e
		}
	}
	return best
}

const tpl = `Model: {{.Model | upper}} (lr={{printf "%.3f" .LR}})
{{range $i, $e := .Epochs -}}
{{if eq (mod $i 2) 0}}*{{else}} {{end}} epoch {{$e.N}}: loss={{printf "%.4f" $e.Loss}} acc={{pct $e.Accuracy}}
{{end -}}
Best: epoch {{.Best.N}} with loss {{printf "%.4f" .Best.Loss}}
{{with .Notes}}Notes:{{range .}}
 - {{.}}{{end}}{{else}}No notes.{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"mod":   func(a, b int) int { return a % b },
		"pct": func(f float64) string {
			return strings.TrimRight(strings.TrimRight(template.HTMLEscapeString(fmtPct(f)), "0"), ".") + "%"
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tpl))
	loss := 1.0
	var eps []Epoch
	for i := 1; i <= 5; i++ {
		loss *= 0.6
		eps = append(eps, Epoch{i, loss, 1 - loss/2})
	}
	eps[3].Loss = 0.01
	r := Report{Model: "mlp-2-16-1", LR: 0.05, Epochs: eps, Notes: []string{"tanh hidden", "MSE loss"}}
	if err := t.Execute(os.Stdout, r); err != nil {
		panic(err)
	}
	r.Notes = nil
	r.Model = "tiny"
	if err := t.Execute(os.Stdout, r); err != nil {
		panic(err)
	}
}

func fmtPct(f float64) string {
	s := []byte{}
	v := int(f*10000 + 0.5)
	s = append(s, []byte(itoa(v/100))...)
	s = append(s, '.')
	frac := v % 100
	if frac < 10 {
		s = append(s, '0')
	}
	s = append(s, []byte(itoa(frac))...)
	return string(s)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
