package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return map[Priority]string{Low: "low", Medium: "medium", High: "HIGH"}[p]
}

type Ticket struct {
	ID       int
	Title    string
	Priority Priority
	Tags     []string
	Assignee string
	Open     bool
}

type Tracker struct {
	Name    string
	Tickets []Ticket
	nextID  int
}

func (t *Tracker) File(title string, p Priority, tags ...string) *Ticket {
	t.nextID++
	t.Tickets = append(t.Tickets, Ticket{ID: t.nextID, Title: title, Priority: p, Tags: tags, Open: true})
	return &t.Tickets[len(t.Tickets)-1]
}

func (t *Tracker) OpenCount() int {
	n := 0
	for _, tk := range t.Tickets {
		if tk.Open {
			n++
		}
	}
	return n
}

const report = `{{.Name}}: {{len .Tickets}} tickets, {{.OpenCount}} open
{{range $i, $t := .Tickets -}}
{{if $t.Open}}[ ]{{else}}[x]{{end}} #{{printf "%03d" $t.ID}} {{$t.Title | upper}} ({{$t.Priority}})
{{- with $t.Assignee}} -> {{.}}{{else}} unassigned{{end}}
{{- if $t.Tags}} tags={{join $t.Tags ","}}{{end}}
{{end -}}
{{with highest .Tickets}}top: {{.Title}}{{end}}
`

func main() {
	tr := &Tracker{Name: "Backlog"}
	tr.File("login broken", High, "auth", "bug")
	tr.File("dark mode", Low, "ui")
	t := tr.File("slow search", Medium)
	t.Assignee = "kim"
	tr.File("crash on save", High, "bug").Open = false
	tr.Tickets[1].Assignee = "lee"
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"highest": func(ts []Ticket) *Ticket {
			var best *Ticket
			for i := range ts {
				if ts[i].Open && (best == nil || ts[i].Priority > best.Priority) {
					best = &ts[i]
				}
			}
			return best
		},
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))
	if err := tmpl.Execute(os.Stdout, tr); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("b").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, tr)
	fmt.Println("error:", err != nil)
}
