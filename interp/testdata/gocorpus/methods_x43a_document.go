package main

import (
	"fmt"
	"strings"
)

type Block interface {
	Render(width int) []string
}

type Paragraph struct{ Text string }
type Heading struct {
	Text  string
	Level int
}
type List struct {
	Items   []string
	Ordered bool
}
type Rule struct{}

func (p Paragraph) Render(width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(p.Text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func (h Heading) Render(width int) []string {
	t := h.Text
	if h.Level == 1 {
		t = strings.ToUpper(t)
	}
	ch := "="
	if h.Level > 1 {
		ch = "-"
	}
	return []string{t, strings.Repeat(ch, min(len(t), width))}
}

func (l List) Render(width int) []string {
	var out []string
	for i, it := range l.Items {
		bullet := "  • "
		if l.Ordered {
			bullet = fmt.Sprintf("%3d. ", i+1)
		}
		sub := Paragraph{it}.Render(width - len([]rune(bullet)))
		for j, s := range sub {
			if j == 0 {
				out = append(out, bullet+s)
			} else {
				out = append(out, strings.Repeat(" ", len([]rune(bullet)))+s)
			}
		}
	}
	return out
}

func (Rule) Render(width int) []string { return []string{strings.Repeat("─", width)} }

type Document struct {
	Title  string
	Blocks []Block
}

func (d *Document) Add(b ...Block) *Document {
	d.Blocks = append(d.Blocks, b...)
	return d
}

func (d Document) String() string {
	var sb strings.Builder
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		for _, l := range b.Render(30) {
			sb.WriteString(l + "\n")
		}
	}
	return sb.String()
}

func main() {
	d := &Document{Title: "Report"}
	d.Add(Heading{"Quarterly report", 1}).
		Add(Paragraph{"Revenue grew steadily over the quarter, driven by strong demand in the northern region and a successful product launch."}).
		Add(Heading{"Highlights", 2}, List{Items: []string{"New office opened in Oslo", "Customer satisfaction reached an all-time high of ninety-two percent"}}).
		Add(Rule{}, List{Items: []string{"Hire", "Ship", "Repeat"}, Ordered: true})
	fmt.Print(d)
	for _, b := range d.Blocks {
		fmt.Printf("%T ", b)
	}
	fmt.Println()
	fmt.Printf("%v\n", d.Blocks[1])
}
