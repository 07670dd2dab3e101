package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Stats struct {
	Name       string
	Ops        []Op
	Complexity map[string]string
}

type Op struct {
	Kind  string
	Arg   int
	Size  int
	Error error
}

type IntStack struct{ data []int }

func (s *IntStack) Push(v int) { s.data = append(s.data, v) }
func (s *IntStack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, fmt.Errorf("pop: stack empty")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

const report = `== {{.Name}} ==
{{range $i, $op := .Ops -}}
{{printf "%2d" $i}}. {{$op.Kind | upper}}{{if eq $op.Kind "push"}}({{$op.Arg}}){{end}} -> size {{$op.Size}}
{{- with $op.Error}} ERROR: {{.}}{{end}}
{{end -}}
Complexity:
{{- range $k, $v := .Complexity}}
  {{$k}}: {{$v}}
{{- end}}
Total ops: {{len .Ops}}, errors: {{errors .Ops}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"errors": func(ops []Op) int {
			n := 0
			for _, o := range ops {
				if o.Error != nil {
					n++
				}
			}
			return n
		},
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))

	s := &IntStack{}
	var ops []Op
	script := []string{"push 3", "push 7", "pop", "pop", "pop", "push 11"}
	for _, line := range script {
		var kind string
		var arg int
		fmt.Sscan(line, &kind, &arg)
		op := Op{Kind: kind, Arg: arg}
		switch kind {
		case "push":
			s.Push(arg)
		case "pop":
			v, err := s.Pop()
			op.Arg, op.Error = v, err
		}
		op.Size = len(s.data)
		ops = append(ops, op)
	}
	st := Stats{
		Name: "IntStack",
		Ops:  ops,
		Complexity: map[string]string{
			"push": "O(1) amortized",
			"pop":  "O(1)",
			"peek": "O(1)",
		},
	}
	if err := tmpl.Execute(os.Stdout, st); err != nil {
		fmt.Println("template error:", err)
	}

	small := template.Must(template.New("s").Parse(`{{range .}}[{{.}}]{{else}}(empty){{end}}` + "\n"))
	small.Execute(os.Stdout, s.data)
	small.Execute(os.Stdout, []int{})
	err := template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, st)
	fmt.Println("err:", err)
}
