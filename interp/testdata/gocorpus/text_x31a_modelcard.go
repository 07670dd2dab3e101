package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Metric struct {
	Name  string
	Value float64
}

type Card struct {
	Name      string
	Version   int
	Layers    []string
	Metrics   []Metric
	Tags      map[string]string
	Limits    []string
	Author    *string
	Trainable bool
}

func (c Card) ParamCount() int {
	total := 0
	for _, l := range c.Layers {
		var in, out int
		if _, err := fmt.Sscanf(l, "affine %dx%d", &in, &out); err == nil {
			total += in*out + out
		}
	}
	return total
}

var card = `# Model card: {{.Name}} v{{.Version}}
{{- if .Author}} by {{.Author}}{{end}}

Architecture ({{len .Layers}} layers, {{.ParamCount}} params):
{{range $i, $l := .Layers}}{{if $i}} -> {{end}}{{$l}}{{end}}

| metric | value |
{{range .Metrics -}}
| {{.Name | printf "%-9s"}} | {{printf "%.3f" .Value}} |
{{end}}
Tags: {{range $k, $v := .Tags}}{{$k}}={{$v}} {{end}}
{{with .Limits}}Known limitations:
{{range .}}  - {{.}}
{{end}}{{else}}No known limitations.
{{end -}}
{{block "footer" .}}trainable: {{.Trainable}}{{end}}
`

func main() {
	funcs := template.FuncMap{"join": strings.Join}
	t := template.Must(template.New("card").Funcs(funcs).Parse(card))
	author := "cs231n student"
	c := Card{
		Name:      "two-layer-net",
		Version:   3,
		Layers:    []string{"affine 3072x100", "relu", "affine 100x10", "softmax"},
		Metrics:   []Metric{{"train_acc", 0.5521}, {"val_acc", 0.481}, {"test_acc", 0.4773}},
		Tags:      map[string]string{"dataset": "cifar10", "optim": "sgd", "init": "he"},
		Limits:    []string{"no data augmentation", "small hidden layer"},
		Author:    &author,
		Trainable: true,
	}
	if err := t.Execute(os.Stdout, c); err != nil {
		fmt.Println("error:", err)
	}
	c2 := Card{Name: "baseline", Version: 1, Layers: []string{"affine 4x3"}}
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{define "footer"}}(frozen){{end}}`))
	if err := t2.Execute(os.Stdout, c2); err != nil {
		fmt.Println("error:", err)
	}
	keys := make([]string, 0)
	for k := range c.Tags {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(keys)
}
