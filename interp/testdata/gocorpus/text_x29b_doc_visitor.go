package main

import (
	"fmt"
	"html"
	"os"
	"strings"
	"text/tabwriter"
)

type Node interface{ accept(v Visitor) }

type Doc struct{ Children []Node }
type Heading struct {
	Level int
	Text  string
}
type Para struct{ Spans []Node }
type Text string
type Bold string
type Link struct{ Href, Label string }
type List struct {
	Ordered bool
	Items   []string
}

type Visitor interface {
	Doc(*Doc)
	Heading(*Heading)
	Para(*Para)
	Text(Text)
	Bold(Bold)
	Link(*Link)
	List(*List)
}

func (d *Doc) accept(v Visitor)     { v.Doc(d) }
func (h *Heading) accept(v Visitor) { v.Heading(h) }
func (p *Para) accept(v Visitor)    { v.Para(p) }
func (t Text) accept(v Visitor)     { v.Text(t) }
func (b Bold) accept(v Visitor)     { v.Bold(b) }
func (l *Link) accept(v Visitor)    { v.Link(l) }
func (l *List) accept(v Visitor)    { v.List(l) }

type htmlRenderer struct{ sb strings.Builder }

func (r *htmlRenderer) Doc(d *Doc) {
	for _, c := range d.Children {
		c.accept(r)
	}
}
func (r *htmlRenderer) Heading(h *Heading) {
	fmt.Fprintf(&r.sb, "<h%d>%s</h%d>\n", h.Level, html.EscapeString(h.Text), h.Level)
}
func (r *htmlRenderer) Para(p *Para) {
	r.sb.WriteString("<p>")
	for _, s := range p.Spans {
		s.accept(r)
	}
	r.sb.WriteString("</p>\n")
}
func (r *htmlRenderer) Text(t Text) { r.sb.WriteString(html.EscapeString(string(t))) }
func (r *htmlRenderer) Bold(b Bold) { fmt.Fprintf(&r.sb, "<b>%s</b>", html.EscapeString(string(b))) }
func (r *htmlRenderer) Link(l *Link) {
	fmt.Fprintf(&r.sb, `<a href="%s">%s</a>`, html.EscapeString(l.Href), html.EscapeString(l.Label))
}
func (r *htmlRenderer) List(l *List) {
	tag := map[bool]string{true: "ol", false: "ul"}[l.Ordered]
	fmt.Fprintf(&r.sb, "<%s>", tag)
	for _, it := range l.Items {
		fmt.Fprintf(&r.sb, "<li>%s</li>", html.EscapeString(it))
	}
	fmt.Fprintf(&r.sb, "</%s>\n", tag)
}

// stats counts node kinds; embedding a no-op base saves boilerplate.
type noop struct{}

func (noop) Doc(*Doc)         {}
func (noop) Heading(*Heading) {}
func (noop) Para(*Para)       {}
func (noop) Text(Text)        {}
func (noop) Bold(Bold)        {}
func (noop) Link(*Link)       {}
func (noop) List(*List)       {}

type linkCollector struct {
	noop
	links []string
}

func (c *linkCollector) Doc(d *Doc) {
	for _, n := range d.Children {
		n.accept(c)
	}
}
func (c *linkCollector) Para(p *Para) {
	for _, s := range p.Spans {
		s.accept(c)
	}
}
func (c *linkCollector) Link(l *Link) { c.links = append(c.links, l.Label+"\t"+l.Href) }

func main() {
	doc := &Doc{Children: []Node{
		&Heading{1, "Patterns & Practices"},
		&Para{[]Node{Text("Visitors keep "), Bold("operations"), Text(" apart from <data>. See "), &Link{"https://go.dev/?a=1&b=2", "Go"}, Text(".")}},
		&List{Ordered: true, Items: []string{"define nodes", "add accept", "write visitors"}},
		&Heading{2, "More"},
		&Para{[]Node{&Link{"https://example.com/gof", "GoF book"}, Text(" and "), &Link{"/wiki", "wiki \"notes\""}}},
		&List{Items: []string{"a < b", "c > d"}},
	}}
	r := &htmlRenderer{}
	doc.accept(r)
	fmt.Print(r.sb.String())

	lc := &linkCollector{}
	doc.accept(lc)
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LABEL\tHREF")
	for _, l := range lc.links {
		fmt.Fprintln(tw, l)
	}
	tw.Flush()
	fmt.Printf("%T %d\n", doc.Children[1].(*Para).Spans[1], len(lc.links))
}
