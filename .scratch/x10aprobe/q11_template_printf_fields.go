package main

import (
	"os"
	"text/template"
)

type inner struct{ A int }

type rec struct {
	Name  string
	count int
	In    inner
	Tags  map[string]int
}

func main() {
	t := template.Must(template.New("x").Parse(`{{printf "%+v" .}}
{{.}}
{{printf "%v %T" .In .In}}
{{range $k, $v := .Tags}}{{$k}}={{$v}} {{end}}
{{with .Name}}name={{.}}{{end}} {{len .Tags}} {{index .Tags "b"}} {{eq .In.A 4}} {{if and .Name (gt .In.A 3)}}big{{end}}
`))
	if err := t.Execute(os.Stdout, rec{"r", 2, inner{4}, map[string]int{"b": 2, "a": 1}}); err != nil {
		os.Stdout.WriteString(err.Error() + "\n")
	}
}
