// Templates printing values whose types print with String and Error
// methods: fields, range elements, map values, index results, or/and,
// (pipeline).Field chains, printf arguments and piped printf, in
// text/template and html/template.
package main

import (
	"errors"
	htmpl "html/template"
	"os"
	"strings"
	"text/template"
)

type Level int

const (
	Low Level = iota
	Mid
	High
)

func (l Level) String() string { return [...]string{"low", "mid", "<high>"}[l] }

type Code string

func (c Code) Error() string { return "E-" + string(c) }

type Ticket struct {
	ID    int
	Title string
	Prio  Level
	Tags  []Level
	Err   Code
}

func (t Ticket) Label() string { return strings.ToUpper(t.Title) }

type Board struct {
	Name    string
	Tickets []Ticket
	ByPrio  map[string]Level
}

const text = `{{define "row"}}#{{.ID}} {{.Label}} [{{.Prio}}] {{printf "%-7v|%d|%s" .Prio .Prio .Prio}} {{.Prio | printf "%q"}} tags={{.Tags}} {{range .Tags}}<{{.}}>{{end}} err={{.Err}}{{end}}Board {{.Name}}
{{range $i, $t := .Tickets}}{{$i}}: {{template "row" $t}}
{{end}}{{range $k, $v := .ByPrio}}{{$k}}={{$v}};{{end}}
{{with index .Tickets 0}}{{.Prio}} {{$.Name}}{{end}}
{{index .Tickets 0}} {{index .ByPrio "b"}} {{printf "%v" (index .ByPrio "b")}} {{index .ByPrio "a" | printf "%v"}}
{{(index .Tickets 1).Prio}} {{index .Tickets 1 | printf "%+v"}} {{index (index .Tickets 0).Tags 1}}
{{printf "%T %T %#v" (index .Tickets 0).Prio (index .Tickets 0) .ByPrio}} {{index .Tickets 1 | printf "%T"}}
{{range $i, $e := (index .Tickets 0).Tags}}{{$i}}{{$e}}{{end}} {{or .Name "x"}} {{with $p := (index .Tickets 1).Prio}}{{$p}}{{end}}
`

func main() {
	b := Board{"dev", []Ticket{
		{1, "fix bug", High, []Level{Low, High}, "x"},
		{2, "docs", Low, nil, "y"},
	}, map[string]Level{"a": Mid, "b": High}}
	t := template.Must(template.New("board").Parse(text))
	if err := t.Execute(os.Stdout, b); err != nil {
		panic(err)
	}
	h := htmpl.Must(htmpl.New("h").Parse(`<p>{{.Prio}} {{printf "%v" .Prio}} {{.Title}}</p>` + "\n"))
	if err := h.Execute(os.Stdout, b.Tickets[0]); err != nil {
		panic(err)
	}
	var sb strings.Builder
	template.Must(template.New("x").Parse("{{.}}|{{printf \"%v %d\" . .}}\n")).Execute(&sb, High)
	os.Stdout.WriteString(sb.String())
	err := template.Must(template.New("y").Parse("{{.Missing}}")).Execute(&sb, b.Tickets[0])
	os.Stdout.WriteString(strings.ReplaceAll(err.Error(), "main.", "") + "\n")
	_ = errors.New
}
