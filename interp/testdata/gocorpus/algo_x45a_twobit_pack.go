package main

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

type Packed struct {
	words []uint64
	n     int
}

var code = [256]uint8{'A': 0, 'C': 1, 'G': 2, 'T': 3}

const letters = "ACGT"

func Pack(s string) Packed {
	p := Packed{words: make([]uint64, (len(s)+31)/32), n: len(s)}
	for i := 0; i < len(s); i++ {
		p.words[i/32] |= uint64(code[s[i]]) << (2 * uint(i%32))
	}
	return p
}

func (p Packed) At(i int) byte {
	return letters[(p.words[i/32]>>(2*uint(i%32)))&3]
}

func (p Packed) String() string {
	b := make([]byte, p.n)
	for i := range b {
		b[i] = p.At(i)
	}
	return string(b)
}

// Hamming distance via XOR of packed words.
func Hamming(a, b Packed) int {
	d := 0
	for i := range a.words {
		x := a.words[i] ^ b.words[i]
		x = (x | x>>1) & 0x5555555555555555
		d += bits.OnesCount64(x)
	}
	return d
}

func main() {
	s := "ACGTACGTTTGCAAGGCCTTAAGCGCGATATCGATCGGA"
	p := Pack(s)
	fmt.Println(p.String() == s, p.n, len(p.words))
	fmt.Printf("word0 = %#016x\n", p.words[0])
	fmt.Printf("word1 = %064b\n", p.words[1])
	q := Pack("ACGTACGTTTGCAAGGCCTTAAGCGCGATATCGATCGGT")
	r := Pack("TCGTACGATTGCAAGGCCTTAAGCGCGATATCGATCGGA")
	fmt.Println("hamming p,q:", Hamming(p, q))
	fmt.Println("hamming p,r:", Hamming(p, r))
	buf := make([]byte, 8*len(p.words))
	for i, w := range p.words {
		binary.LittleEndian.PutUint64(buf[8*i:], w)
	}
	fmt.Printf("% x\n", buf[:8])
	fmt.Println(binary.BigEndian.Uint32(buf[:4]), bits.LeadingZeros64(p.words[1]), bits.Len8(code['T']))
	fmt.Printf("%v|%s|%d\n", p, p, p.At(3))
}
