package main

import (
	"fmt"
	"strings"
)

type Annotated struct {
	Tags map[string]string
}

func (a *Annotated) Tag(k, v string) {
	if a.Tags == nil {
		a.Tags = map[string]string{}
	}
	a.Tags[k] = v
}

func (a Annotated) Describe() string { return fmt.Sprintf("%d tags", len(a.Tags)) }

type Seq struct {
	Name string
	Data []byte
}

func (s *Seq) Append(more string) *Seq {
	s.Data = append(s.Data, more...)
	return s
}

func (s Seq) Len() int            { return len(s.Data) }
func (s Seq) Describe() string    { return fmt.Sprintf("%s (%d bp)", s.Name, s.Len()) }
func (s Seq) Sub(i, j int) string { return string(s.Data[i:j]) }

type Gene struct {
	Seq
	*Annotated
	Start, Stop int
}

func (g Gene) Describe() string {
	return "gene " + g.Seq.Describe() + ", " + g.Annotated.Describe()
}

func (g Gene) CDS() string { return g.Sub(g.Start, g.Stop) }

type Describer interface{ Describe() string }

type Plasmid struct {
	Seq
	Circular bool
}

func (p Plasmid) Rotate(k int) string {
	k %= p.Len()
	return string(p.Data[k:]) + string(p.Data[:k])
}

func main() {
	g := Gene{Seq: Seq{Name: "lacZ"}, Annotated: &Annotated{}, Start: 2, Stop: 11}
	g.Append("CCATGAAAGGGTAACC").Append("TT")
	g.Tag("strand", "+")
	g.Tag("product", "beta-galactosidase")
	fmt.Println(g.Describe())
	fmt.Println("CDS:", g.CDS(), "len", g.Len())
	p := Plasmid{Seq{"pUC19", []byte("GATTACAGATTACA")}, true}
	items := []Describer{g, p, &p.Seq, g.Annotated}
	for _, d := range items {
		fmt.Printf("%-16T %s\n", d, d.Describe())
	}
	fmt.Println(p.Rotate(3), p.Rotate(17))
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", g.Tags)
	f := g.Seq.Sub
	fmt.Println(f(0, 5), strings.ToLower(Seq.Sub(g.Seq, 5, 8)))
	m := (*Seq).Append
	m(&p.Seq, "XX")
	fmt.Println(string(p.Data), p.Describe())
}
