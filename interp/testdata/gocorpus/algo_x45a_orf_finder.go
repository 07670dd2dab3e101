package main

import (
	"fmt"
	"sort"
	"strings"
)

type ORF struct {
	Frame  int
	Start  int
	End    int
	Strand byte
}

func (o ORF) Len() int { return o.End - o.Start }

func revComp(s string) string {
	r := strings.NewReplacer("A", "t", "T", "a", "C", "g", "G", "c")
	b := []byte(strings.ToUpper(r.Replace(s)))
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func isStop(c string) bool {
	switch c {
	case "TAA", "TAG", "TGA":
		return true
	}
	return false
}

func findORFs(seq string, strand byte, minCodons int) []ORF {
	var out []ORF
	for frame := 0; frame < 3; frame++ {
	scan:
		for i := frame; i+3 <= len(seq); i += 3 {
			if seq[i:i+3] != "ATG" {
				continue
			}
			for j := i + 3; j+3 <= len(seq); j += 3 {
				if isStop(seq[j : j+3]) {
					if (j-i)/3 >= minCodons {
						out = append(out, ORF{frame + 1, i, j + 3, strand})
					}
					i = j
					continue scan
				}
			}
			break
		}
	}
	return out
}

func main() {
	dna := "CCATGAAACCCGGGTTTTAGATGCATTGACCATGTTTAAAGGGCCCTAGGCTACATCCATTTTACAT"
	orfs := findORFs(dna, '+', 2)
	rc := revComp(dna)
	for _, o := range findORFs(rc, '-', 2) {
		o.Start, o.End = len(dna)-o.End, len(dna)-o.Start
		orfs = append(orfs, o)
	}
	sort.Slice(orfs, func(i, j int) bool {
		if orfs[i].Len() != orfs[j].Len() {
			return orfs[i].Len() > orfs[j].Len()
		}
		return orfs[i].Start < orfs[j].Start
	})
	fmt.Printf("%-6s %-5s %5s %5s %4s  %s\n", "strand", "frame", "start", "end", "len", "sequence")
	for _, o := range orfs {
		s := dna[o.Start:o.End]
		if o.Strand == '-' {
			s = revComp(s)
		}
		fmt.Printf("%-6c %-5d %5d %5d %4d  %s\n", o.Strand, o.Frame, o.Start, o.End, o.Len(), s)
	}
	fmt.Println(rc)
	fmt.Printf("%v\n%+v\n", orfs[0], orfs[len(orfs)-1])
}
