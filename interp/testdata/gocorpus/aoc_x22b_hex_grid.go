package main

import (
	"fmt"
	"strings"
)

const tiles = `sesenwnenenewseeswwswswwnenewsewsw
neeenesenwnwwswnenewnwwsewnenwseswesw
seswneswswsenwwnwse
nwnwneseeswswnenewneswwnewseswneseene
swweswneswnenwsewnwneneseenw
eesenwseswswnenwswnwnwsewwnwsene
sewnenenenesenwsewnenwwwse
wenwwweseeseweswwwnwwe
wsweesenenewnwwnwsenewsenwwsesesenwne
neeswseenwwswnwswswnw
nenwswwsewswnenenewsenwsenwnesesenew
enewnwewneswsewnwswenweswnenwsenwsw
sweneswneswneneenwnewenewwneswswnese
swwesenesewenwneswnwwneseswwne
enesenwswwswneneswsenwnewswseenwsese
wnwnesenesenenwwnenwsewesewsesesew
nenewswnwewswnenesenwnesewesw
eneswnwswnwsenenwnwnwwseeswneewsenese
neswnwewnwnwseenwseesewsenwsweewe
wseweeenwnesenwwwswnew`

type Hex struct{ Q, R int }

var moves = map[string]Hex{
	"e": {1, 0}, "w": {-1, 0}, "ne": {1, -1}, "nw": {0, -1}, "se": {0, 1}, "sw": {-1, 1},
}

func walk(path string) Hex {
	var h Hex
	for i := 0; i < len(path); {
		n := 1
		if path[i] == 'n' || path[i] == 's' {
			n = 2
		}
		d := moves[path[i:i+n]]
		h.Q += d.Q
		h.R += d.R
		i += n
	}
	return h
}

func (h Hex) neighbours() [6]Hex {
	var out [6]Hex
	i := 0
	for _, k := range []string{"e", "w", "ne", "nw", "se", "sw"} {
		d := moves[k]
		out[i] = Hex{h.Q + d.Q, h.R + d.R}
		i++
	}
	return out
}

func day(black map[Hex]bool) map[Hex]bool {
	count := map[Hex]int{}
	for h := range black {
		for _, n := range h.neighbours() {
			count[n]++
		}
	}
	next := map[Hex]bool{}
	for h, c := range count {
		if c == 2 || (black[h] && c == 1) {
			next[h] = true
		}
	}
	return next
}

func main() {
	black := map[Hex]bool{}
	for _, line := range strings.Fields(tiles) {
		h := walk(line)
		if black[h] {
			delete(black, h)
		} else {
			black[h] = true
		}
	}
	fmt.Println("day 0:", len(black))
	for d := 1; d <= 30; d++ {
		black = day(black)
		if d%10 == 0 || d < 4 {
			fmt.Printf("day %d: %d\n", d, len(black))
		}
	}
	fmt.Println(walk("nwwswee"), walk("esew"))
}
