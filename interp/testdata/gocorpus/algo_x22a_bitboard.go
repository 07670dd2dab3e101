package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitboard uint64

func sq(file, rank int) int { return rank*8 + file }

func (b Bitboard) Has(s int) bool { return b&(1<<s) != 0 }

func (b Bitboard) Squares() []string {
	var out []string
	for b != 0 {
		s := bits.TrailingZeros64(uint64(b))
		out = append(out, fmt.Sprintf("%c%d", 'a'+s%8, s/8+1))
		b &= b - 1
	}
	return out
}

func (b Bitboard) String() string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		for f := 0; f < 8; f++ {
			if b.Has(sq(f, r)) {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func slide(from int, occ Bitboard, dirs [][2]int) Bitboard {
	var att Bitboard
	f0, r0 := from%8, from/8
	for _, d := range dirs {
		for f, r := f0+d[0], r0+d[1]; f >= 0 && f < 8 && r >= 0 && r < 8; f, r = f+d[0], r+d[1] {
			att |= 1 << sq(f, r)
			if occ.Has(sq(f, r)) {
				break
			}
		}
	}
	return att
}

var (
	rookDirs   = [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	bishopDirs = [][2]int{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}}
)

func main() {
	var own, enemy Bitboard
	for _, s := range []int{sq(3, 3), sq(3, 0), sq(6, 6)} {
		own |= 1 << s
	}
	for _, s := range []int{sq(3, 6), sq(0, 3), sq(5, 5), sq(1, 1)} {
		enemy |= 1 << s
	}
	occ := own | enemy
	queen := sq(3, 3)
	rook := slide(queen, occ, rookDirs)
	bishop := slide(queen, occ, bishopDirs)
	moves := (rook | bishop) &^ own
	fmt.Print(moves)
	fmt.Println("moves:", bits.OnesCount64(uint64(moves)), moves.Squares())
	caps := moves & enemy
	fmt.Println("captures:", caps.Squares())
	fmt.Printf("%#016x %064b\n", uint64(caps), uint64(own))
	fmt.Println(bits.Reverse64(uint64(own)) == uint64(own), bits.LeadingZeros64(uint64(enemy)))
	empty := slide(sq(0, 0), 0, rookDirs)
	fmt.Println(bits.OnesCount64(uint64(empty)), Bitboard(1<<63).Squares())
}
