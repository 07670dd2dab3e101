package main

import (
	"fmt"
	"sort"
	"strings"
)

type Hex struct{ Q, R, S int }

var dirs = map[string]Hex{
	"e": {1, -1, 0}, "w": {-1, 1, 0},
	"ne": {1, 0, -1}, "nw": {0, 1, -1},
	"se": {0, -1, 1}, "sw": {-1, 0, 1},
}

func (h Hex) Add(o Hex) Hex { return Hex{h.Q + o.Q, h.R + o.R, h.S + o.S} }
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
func (h Hex) Dist() int { return (abs(h.Q) + abs(h.R) + abs(h.S)) / 2 }

func walk(line string) Hex {
	var h Hex
	for i := 0; i < len(line); {
		step := line[i : i+1]
		if step == "n" || step == "s" {
			step = line[i : i+2]
		}
		h = h.Add(dirs[step])
		i += len(step)
	}
	return h
}

const tiles = `sesenwnenenewseeswwswswwnenewsewsw
neeenesenwnwwswnenewnwwsewnenwseswesw
seswneswswsenwwnwse
nwnwneseeswswnenewneswwnewseswneseene
swweswneswnenwsewnwneneseenw
eesenwseswswnenwswnwnwsewwnwsene
sewnenenenesenwsewnenwwwse
wenwwweseeeweswwwnwwe
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

func main() {
	black := map[Hex]bool{}
	for _, l := range strings.Split(tiles, "\n") {
		h := walk(l)
		black[h] = !black[h]
		if !black[h] {
			delete(black, h)
		}
	}
	fmt.Println("day 0:", len(black))
	far := 0
	for h := range black {
		far = max(far, h.Dist())
	}
	fmt.Println("farthest", far)
	names := make([]string, 0, len(dirs))
	for k := range dirs {
		names = append(names, k)
	}
	sort.Strings(names)
	for day := 1; day <= 20; day++ {
		counts := map[Hex]int{}
		for h := range black {
			for _, n := range names {
				counts[h.Add(dirs[n])]++
			}
		}
		next := map[Hex]bool{}
		for h, c := range counts {
			if c == 2 || (c == 1 && black[h]) {
				next[h] = true
			}
		}
		black = next
		if day%5 == 0 {
			fmt.Printf("day %d: %d\n", day, len(black))
		}
	}
	fmt.Println(walk("nwwswee"), walk("esew"), names)
}
