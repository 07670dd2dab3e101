package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

var bases = []byte("TCAG")

const aminoAcids = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"

type Codon [3]byte

func (c Codon) String() string { return string(c[:]) }

func table() map[Codon]byte {
	m := make(map[Codon]byte, 64)
	i := 0
	for _, a := range bases {
		for _, b := range bases {
			for _, c := range bases {
				m[Codon{a, b, c}] = aminoAcids[i]
				i++
			}
		}
	}
	return m
}

func main() {
	t := table()
	for _, first := range bases {
		var row []string
		for _, second := range bases {
			for _, third := range bases {
				c := Codon{first, second, third}
				row = append(row, fmt.Sprintf("%v=%c", c, t[c]))
			}
		}
		fmt.Println(strings.Join(row[:8], " "))
		fmt.Println(strings.Join(row[8:], " "))
	}
	usage := map[byte]int{}
	for _, aa := range t {
		usage[aa]++
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "aa\tcodons\tshare\t")
	for _, aa := range []byte("LSR*MW") {
		fmt.Fprintf(tw, "%c\t%d\t%.1f%%\t\n", aa, usage[aa], 100*float64(usage[aa])/64)
	}
	tw.Flush()
	start := Codon{'A', 'T', 'G'}
	fmt.Printf("%v %s %q %x %#v\n", start, start, start, start[:], start)
	fmt.Printf("%T %d\n", start, len(t))
}
