package main

import (
	"fmt"
	"strings"
)

const fasta = `>seq1 human fragment
ATGCGTACGTTAGC
GGCTAACGT
>seq2 mouse fragment
TTTTAAAACCCGGG
>seq3 empty-ish
NNNNACGT
`

type Record struct {
	ID   string
	Desc string
	Seq  string
}

func parseFasta(s string) []Record {
	var recs []Record
	var cur *Record
	var b strings.Builder
	flush := func() {
		if cur != nil {
			cur.Seq = b.String()
			recs = append(recs, *cur)
			b.Reset()
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, ">") {
			flush()
			id, desc, _ := strings.Cut(line[1:], " ")
			cur = &Record{ID: id, Desc: desc}
			continue
		}
		b.WriteString(line)
	}
	flush()
	return recs
}

var complement = map[byte]byte{'A': 'T', 'T': 'A', 'C': 'G', 'G': 'C', 'N': 'N'}

func reverseComplement(s string) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		out[len(s)-1-i] = complement[s[i]]
	}
	return string(out)
}

func gcContent(s string) float64 {
	var gc, total int
	for _, c := range s {
		switch c {
		case 'G', 'C':
			gc++
			total++
		case 'A', 'T':
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(gc) / float64(total) * 100
}

func main() {
	recs := parseFasta(fasta)
	fmt.Printf("%-6s %-18s %4s %7s\n", "ID", "Description", "Len", "GC%")
	fmt.Println(strings.Repeat("-", 38))
	for _, r := range recs {
		fmt.Printf("%-6s %-18s %4d %6.2f%%\n", r.ID, r.Desc, len(r.Seq), gcContent(r.Seq))
	}
	fmt.Println()
	for _, r := range recs {
		rc := reverseComplement(r.Seq)
		fmt.Printf("%s\n  fwd: %s\n  rev: %s\n", r.ID, r.Seq, rc)
		fmt.Printf("  palindromic: %t\n", rc == r.Seq)
	}
	fmt.Printf("%+v\n", recs[1])
	fmt.Printf("%q\n", reverseComplement("GAATTC"))
}
