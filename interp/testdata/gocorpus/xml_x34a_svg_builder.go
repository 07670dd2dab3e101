package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strconv"
)

type Element interface {
	Render(enc *xml.Encoder) error
}

type attrs []xml.Attr

func (a attrs) add(name string, v any) attrs {
	var s string
	switch t := v.(type) {
	case float64:
		s = strconv.FormatFloat(t, 'f', -1, 64)
	case int:
		s = strconv.Itoa(t)
	default:
		s = fmt.Sprint(t)
	}
	return append(a, xml.Attr{Name: xml.Name{Local: name}, Value: s})
}

type Rect struct{ X, Y, W, H float64 }
type Text struct {
	X, Y float64
	Body string
}
type Group struct {
	ID       string
	Children []Element
}

func leaf(enc *xml.Encoder, name string, a attrs, body string) error {
	start := xml.StartElement{Name: xml.Name{Local: name}, Attr: a}
	if err := enc.EncodeToken(start); err != nil {
		return err
	}
	if body != "" {
		enc.EncodeToken(xml.CharData(body))
	}
	return enc.EncodeToken(start.End())
}

func (r Rect) Render(enc *xml.Encoder) error {
	return leaf(enc, "rect", attrs{}.add("x", r.X).add("y", r.Y).add("width", r.W).add("height", r.H), "")
}

func (t Text) Render(enc *xml.Encoder) error {
	return leaf(enc, "text", attrs{}.add("x", t.X).add("y", t.Y), t.Body)
}

func (g Group) Render(enc *xml.Encoder) error {
	start := xml.StartElement{Name: xml.Name{Local: "g"}, Attr: attrs{}.add("id", g.ID)}
	enc.EncodeToken(start)
	for _, c := range g.Children {
		if err := c.Render(enc); err != nil {
			return fmt.Errorf("group %s: %w", g.ID, err)
		}
	}
	return enc.EncodeToken(start.End())
}

func barChart(values map[string]int, order []string) Element {
	g := Group{ID: "bars"}
	maxV := 0
	for _, v := range values {
		maxV = max(maxV, v)
	}
	for i, k := range order {
		h := float64(values[k]) / float64(maxV) * 100
		x := float64(i*30 + 10)
		g.Children = append(g.Children, Rect{x, 110 - h, 20, h}, Text{x, 125, k + " & co"})
	}
	return g
}

func main() {
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	root := xml.StartElement{Name: xml.Name{Space: "", Local: "svg"}, Attr: attrs{}.add("xmlns", "http://www.w3.org/2000/svg").add("width", 130).add("height", 130)}
	enc.EncodeToken(xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0"`)})
	enc.EncodeToken(root)
	enc.EncodeToken(xml.Comment(" generated "))
	chart := barChart(map[string]int{"go": 40, "rust": 25, "zig": 10, "c": 33}, []string{"c", "go", "rust", "zig"})
	if err := chart.Render(enc); err != nil {
		fmt.Println(err)
	}
	enc.EncodeToken(root.End())
	if err := enc.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	err := enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "nope"}})
	fmt.Println("mismatched end:", err)
	e2 := xml.NewEncoder(os.Stdout)
	err = e2.Encode(Text{1, 2, "a<b"})
	e2.Flush()
	fmt.Println()
	fmt.Println(err)
	fmt.Printf("%T %d\n", chart, len(chart.(Group).Children))
}
