package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Rule struct {
	Name  string
	Alts  [][]string
	Calls int
}

type Grammar struct {
	Title string
	Start string
	Rules map[string]*Rule
}

func (g *Grammar) Sorted() []*Rule {
	rs := make([]*Rule, 0, len(g.Rules))
	for _, r := range g.Rules {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	return rs
}

func (g *Grammar) Terminals() []string {
	seen := map[string]bool{}
	for _, r := range g.Rules {
		for _, alt := range r.Alts {
			for _, sym := range alt {
				if _, isRule := g.Rules[sym]; !isRule {
					seen[sym] = true
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func parseGrammar(title, src string) (*Grammar, error) {
	g := &Grammar{Title: title, Rules: map[string]*Rule{}}
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		lhs, rhs, ok := strings.Cut(line, "::=")
		if !ok {
			return nil, fmt.Errorf("line %d: missing ::=", i+1)
		}
		name := strings.TrimSpace(lhs)
		r := &Rule{Name: name}
		for _, alt := range strings.Split(rhs, "|") {
			r.Alts = append(r.Alts, strings.Fields(alt))
		}
		if g.Start == "" {
			g.Start = name
		}
		g.Rules[name] = r
	}
	return g, nil
}

const report = `# {{.Title}}
start symbol: {{.Start | printf "%q"}}
{{range $i, $r := .Sorted -}}
{{add $i 1}}. {{$r.Name}} has {{len $r.Alts}} alternative{{if ne (len $r.Alts) 1}}s{{end}}
{{- range $r.Alts}}
     | {{join . " "}}{{else}} (none){{end}}
{{end -}}
terminals: {{join .Terminals ", "}}
{{with .Rules.expr}}expr is defined{{else}}no expr rule{{end}}
`

func main() {
	funcs := template.FuncMap{
		"join": strings.Join,
		"add":  func(a, b int) int { return a + b },
	}
	tmpl := template.Must(template.New("report").Funcs(funcs).Parse(report))
	g, err := parseGrammar("Arithmetic", `
expr ::= term "+" expr | term
term ::= factor "*" term | factor
factor ::= NUMBER | "(" expr ")"
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := tmpl.Execute(os.Stdout, g); err != nil {
		fmt.Println("exec error:", err)
	}
	g2, _ := parseGrammar("Lists", "list ::= \"[\" items \"]\"\nitems ::= item | item \",\" items")
	if err := tmpl.Execute(os.Stdout, g2); err != nil {
		fmt.Println("exec error:", err)
	}
	_, err = parseGrammar("Bad", "a = b")
	fmt.Println("bad:", err)
	_, err = template.New("x").Parse("{{.Foo")
	fmt.Println("template error:", err)
	err = template.Must(template.New("y").Parse("{{.Missing}}\n")).Execute(os.Stdout, g)
	fmt.Println("exec:", err)
}
