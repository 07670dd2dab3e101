package main

import (
	"fmt"
	htmltemplate "html/template"
	"os"
	"strings"
	"text/template"
)

type Status int

const (
	Open Status = iota
	Closed
)

func (s Status) String() string { return [...]string{"open", "closed"}[s] }

type Ticket struct {
	ID    int
	Title string
	Tags  map[string]int
	state Status
}

func (t *Ticket) Close()       { t.state = Closed }
func (t Ticket) State() Status { return t.state }
func (t Ticket) IsOpen() bool  { return t.state == Open }
func (t Ticket) TagList() []string {
	var out []string
	for k := range t.Tags {
		out = append(out, k)
	}
	return out
}
func (t Ticket) Counts() map[string]int { return t.Tags }
func (t Ticket) Link() htmltemplate.HTML {
	return htmltemplate.HTML(fmt.Sprintf("<a href=/t/%d>%d</a>", t.ID, t.ID))
}
func (t Ticket) Short(n int) string {
	if len(t.Title) > n {
		return t.Title[:n] + "…"
	}
	return t.Title
}
func (t Ticket) Ratio(f float64) float64 { return f * float64(t.ID) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Show() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Board struct {
	Tickets []*Ticket
	Pairs   []Pair[string, int]
}

func (b *Board) OpenCount() int {
	n := 0
	for _, t := range b.Tickets {
		if t.IsOpen() {
			n++
		}
	}
	return n
}

func main() {
	b := &Board{Tickets: []*Ticket{{ID: 1, Title: "Fix the login page", Tags: map[string]int{"ui": 2}}, {ID: 2, Title: "Docs"}}, Pairs: []Pair[string, int]{{"a", 1}}}
	b.Tickets[1].Close()
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("t").Funcs(funcs).Parse(`open={{.OpenCount}}
{{range $i, $t := .Tickets}}{{if $t.IsOpen}}[{{$i}}] {{$t.Short 5 | upper}} {{$t.State}} {{printf "%s/%d" $t.State $t.State}} tags={{$t.TagList}} {{index $t.Counts "ui"}} {{$t.Ratio 1.5}}{{else}}[{{$i}}] closed: {{.Title}} {{.State}}{{end}}
{{end}}{{range .Pairs}}{{.Show}} {{.Key}}{{end}} {{with $x := .OpenCount}}{{$x}}{{end}} {{if eq (index .Tickets 0).State.String "open"}}yes{{end}}
`))
	if err := t.Execute(os.Stdout, b); err != nil {
		fmt.Println("err:", err)
	}
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`{{range .Tickets}}<li>{{.Link}} {{.Title}} {{.State}}</li>{{end}}` + "\n"))
	if err := h.Execute(os.Stdout, b); err != nil {
		fmt.Println("err:", err)
	}
	if err := h.Execute(os.Stdout, b); err != nil {
		fmt.Println("err:", err)
	}
}
