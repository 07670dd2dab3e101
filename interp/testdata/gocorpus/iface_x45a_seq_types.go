package main

import (
	"errors"
	"fmt"
	"strings"
)

type Sequence interface {
	ID() string
	Residues() string
	Alphabet() string
}

type Translator interface {
	Translate() (string, error)
}

type base struct {
	id  string
	seq string
}

func (b base) ID() string       { return b.id }
func (b base) Residues() string { return b.seq }

type DNA struct{ base }

func (DNA) Alphabet() string { return "ACGT" }

type Protein struct {
	base
	Organism string
}

func (Protein) Alphabet() string { return "ACDEFGHIKLMNPQRSTVWY" }

var codons = map[string]byte{
	"ATG": 'M', "TTT": 'F', "GGC": 'G', "AAA": 'K', "TGG": 'W', "GCT": 'A',
	"TAA": '*', "TAG": '*', "TGA": '*',
}

var ErrStop = errors.New("stop codon")

func (d DNA) Translate() (string, error) {
	var sb strings.Builder
	for i := 0; i+3 <= len(d.seq); i += 3 {
		aa, ok := codons[d.seq[i:i+3]]
		if !ok {
			return sb.String(), fmt.Errorf("unknown codon %q at %d", d.seq[i:i+3], i)
		}
		if aa == '*' {
			return sb.String(), ErrStop
		}
		sb.WriteByte(aa)
	}
	return sb.String(), nil
}

func validate(s Sequence) error {
	for i, r := range s.Residues() {
		if !strings.ContainsRune(s.Alphabet(), r) {
			return fmt.Errorf("%s: invalid residue %q at position %d", s.ID(), r, i)
		}
	}
	return nil
}

func (p Protein) String() string {
	return fmt.Sprintf("Protein<%s %s len=%d>", p.id, p.Organism, len(p.seq))
}

func main() {
	seqs := []Sequence{
		DNA{base{"d1", "ATGTTTGGCAAATGG"}},
		DNA{base{"d2", "ATGGCTTAAGGC"}},
		DNA{base{"d3", "ATGXXA"}},
		Protein{base{"p1", "MKWVTF"}, "E. coli"},
		Protein{base{"p2", "MKZ"}, "yeast"},
	}
	for _, s := range seqs {
		fmt.Printf("%-3s %-8T valid=%v\n", s.ID(), s, validate(s) == nil)
		if err := validate(s); err != nil {
			fmt.Println("   ", err)
		}
		if t, ok := s.(Translator); ok {
			prot, err := t.Translate()
			switch {
			case errors.Is(err, ErrStop):
				fmt.Printf("    translated %q (stopped)\n", prot)
			case err != nil:
				fmt.Printf("    error: %v (partial %q)\n", err, prot)
			default:
				fmt.Printf("    translated %q\n", prot)
			}
		}
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("   ", st)
		}
	}
	fmt.Printf("%v\n%+v\n", seqs[0], seqs[3])
}
