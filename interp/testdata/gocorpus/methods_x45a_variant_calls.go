package main

import (
	"fmt"
	"sort"
	"strings"
)

type Kind int

const (
	SNV Kind = iota + 1
	Insertion
	Deletion
)

var kindNames = map[Kind]string{SNV: "SNV", Insertion: "INS", Deletion: "DEL"}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Variant struct {
	Chrom string
	Pos   int
	Ref   string
	Alt   string
	Qual  float64
}

func (v Variant) Kind() Kind {
	switch {
	case len(v.Ref) == len(v.Alt):
		return SNV
	case len(v.Ref) < len(v.Alt):
		return Insertion
	default:
		return Deletion
	}
}

func (v *Variant) Normalize() {
	for len(v.Ref) > 1 && len(v.Alt) > 1 && v.Ref[len(v.Ref)-1] == v.Alt[len(v.Alt)-1] {
		v.Ref, v.Alt = v.Ref[:len(v.Ref)-1], v.Alt[:len(v.Alt)-1]
	}
}

func (v Variant) String() string {
	return fmt.Sprintf("%s:%d %s>%s", v.Chrom, v.Pos, v.Ref, v.Alt)
}

type VCF []Variant

func (c VCF) Len() int      { return len(c) }
func (c VCF) Swap(i, j int) { c[i], c[j] = c[j], c[i] }
func (c VCF) Less(i, j int) bool {
	if c[i].Chrom != c[j].Chrom {
		return c[i].Chrom < c[j].Chrom
	}
	return c[i].Pos < c[j].Pos
}

func (c VCF) Filter(minQ float64) VCF {
	var out VCF
	for _, v := range c {
		if v.Qual >= minQ {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	vcf := VCF{
		{"chr2", 1500, "A", "G", 60},
		{"chr1", 300, "CTT", "CT", 45.5},
		{"chr1", 120, "G", "GAA", 12},
		{"chr2", 99, "TAC", "GAC", 80},
		{"chrX", 5, "AC", "A", 99.9},
	}
	for i := range vcf {
		vcf[i].Normalize()
	}
	sort.Sort(vcf)
	fmt.Printf("%-14s %-4s %6s\n", "variant", "kind", "qual")
	for _, v := range vcf {
		fmt.Printf("%-14v %-4v %6.1f\n", v, v.Kind(), v.Qual)
	}
	passed := vcf.Filter(40)
	fmt.Println("passed:", passed)
	counts := map[Kind]int{}
	for _, v := range vcf {
		counts[v.Kind()]++
	}
	fmt.Println(counts)
	fmt.Printf("%d %s %v\n", Deletion, Kind(9), []Kind{SNV, Deletion})
	var sb strings.Builder
	for _, v := range passed {
		fmt.Fprintf(&sb, "%s\t%d\t.\t%s\t%s\t%g\n", v.Chrom, v.Pos, v.Ref, v.Alt, v.Qual)
	}
	fmt.Print(sb.String())
	fmt.Printf("%+v\n", vcf[0])
}
