package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Token struct {
	Kind string
	Text string
}

func (t Token) String() string { return t.Kind + ":" + t.Text }

type Report struct {
	Title  string
	Tokens []Token
	Counts map[string]int
	Errors []error
}

func (r Report) Total() int { return len(r.Tokens) }

const tmpl = `== {{.Title | upper}} ==
{{range $i, $t := .Tokens}}{{if $i}}, {{end}}{{$t}}{{end}}
{{range $k, $v := .Counts}}{{printf "%-6s" $k}} {{$v}}
{{end}}total={{.Total}}{{with .Errors}} errors:{{range .}} [{{.}}]{{end}}{{else}} ok{{end}}
{{define "row"}}<{{.Kind}}>{{end}}{{template "row" index .Tokens 0}}
`

func classify(w string) string {
	switch {
	case w == "":
		return "empty"
	case strings.Trim(w, "0123456789") == "":
		return "num"
	case strings.ContainsAny(w, "+-*/=()"):
		return "op"
	}
	return "ident"
}

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	src := "x = 42 + y * ( 7 - z )"
	var toks []Token
	counts := map[string]int{}
	for _, w := range strings.Fields(src) {
		k := classify(w)
		toks = append(toks, Token{k, w})
		counts[k]++
	}
	r := Report{Title: "lexer report", Tokens: toks, Counts: counts}
	if err := t.Execute(os.Stdout, r); err != nil {
		fmt.Println("exec error:", err)
	}
	r2 := Report{Title: "bad", Tokens: toks[:2], Counts: map[string]int{"z": 1}, Errors: []error{fmt.Errorf("e1"), fmt.Errorf("e2: %d", 2)}}
	if err := t.Execute(os.Stdout, r2); err != nil {
		fmt.Println("exec error:", err)
	}
	_, err := template.New("x").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("y").Parse("{{.Missing}}")).Execute(os.Stdout, r)
	fmt.Println()
	fmt.Println(err)
}
