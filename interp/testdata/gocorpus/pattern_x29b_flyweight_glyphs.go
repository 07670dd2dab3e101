package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Glyph is the shared intrinsic state.
type Glyph struct {
	Char   rune
	Font   string
	Width  int
	bitmap []byte
}

type GlyphFactory struct {
	mu      sync.Mutex
	pool    map[glyphKey]*Glyph
	created int
}

type glyphKey struct {
	ch   rune
	font string
}

func (f *GlyphFactory) Get(ch rune, font string) *Glyph {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := glyphKey{ch, font}
	if g, ok := f.pool[k]; ok {
		return g
	}
	if f.pool == nil {
		f.pool = make(map[glyphKey]*Glyph)
	}
	w := 6
	if strings.ContainsRune("mwMW", ch) {
		w = 9
	} else if strings.ContainsRune("il.,' ", ch) {
		w = 3
	}
	if font == "bold" {
		w++
	}
	g := &Glyph{Char: ch, Font: font, Width: w, bitmap: make([]byte, w*8)}
	f.pool[k] = g
	f.created++
	return g
}

// Positioned carries the extrinsic state.
type Positioned struct {
	*Glyph
	X, Line int
}

func Layout(f *GlyphFactory, text, font string, maxWidth int) []Positioned {
	var out []Positioned
	x, line := 0, 0
	for _, word := range strings.Fields(text) {
		ww := 0
		for _, r := range word {
			ww += f.Get(r, font).Width
		}
		if x > 0 && x+ww > maxWidth {
			x, line = 0, line+1
		}
		for _, r := range word {
			g := f.Get(r, font)
			out = append(out, Positioned{g, x, line})
			x += g.Width
		}
		sp := f.Get(' ', font)
		x += sp.Width
	}
	return out
}

func main() {
	f := &GlyphFactory{}
	text := "the quick brown fox jumps over the lazy dog while the wind blows"
	placed := Layout(f, text, "regular", 80)
	lines := map[int][]rune{}
	for _, p := range placed {
		lines[p.Line] = append(lines[p.Line], p.Char)
	}
	keys := make([]int, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("line %d: %s\n", k, string(lines[k]))
	}
	fmt.Println("glyph uses:", len(placed), "unique glyphs:", f.created)

	var wg sync.WaitGroup
	for _, word := range []string{"bold", "text", "wins"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			Layout(f, w, "bold", 100)
		}(word)
	}
	wg.Wait()
	fmt.Println("after bold:", f.created)
	a, b := f.Get('o', "regular"), f.Get('o', "regular")
	c := f.Get('o', "bold")
	fmt.Println(a == b, a == c, a.Width, c.Width, len(c.bitmap))
	first := placed[0]
	fmt.Printf("%c %s x=%d line=%d\n", first.Char, first.Font, first.X, first.Line)
}
