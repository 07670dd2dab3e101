package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Song struct {
	Title  string
	Artist string
	Secs   int
	Plays  int
}

func (s Song) String() string {
	return fmt.Sprintf("%s - %s (%d:%02d)", s.Artist, s.Title, s.Secs/60, s.Secs%60)
}

type Playlist struct {
	Name  string
	songs []Song
}

func (p *Playlist) Add(songs ...Song) *Playlist {
	p.songs = append(p.songs, songs...)
	return p
}

func (p *Playlist) All() iter.Seq2[int, Song] {
	return func(yield func(int, Song) bool) {
		for i, s := range p.songs {
			if !yield(i+1, s) {
				return
			}
		}
	}
}

func (p *Playlist) ByArtist(artist string) iter.Seq[Song] {
	return func(yield func(Song) bool) {
		for _, s := range p.songs {
			if strings.EqualFold(s.Artist, artist) && !yield(s) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func (p *Playlist) Duration() (total int) {
	for _, s := range p.All() {
		total += s.Secs
	}
	return
}

func main() {
	pl := &Playlist{Name: "Road Trip"}
	pl.Add(
		Song{"Africa", "Toto", 295, 12},
		Song{"Hold the Line", "Toto", 236, 7},
		Song{"Go Your Own Way", "Fleetwood Mac", 218, 20},
		Song{"Dreams", "Fleetwood Mac", 257, 15},
		Song{"Rosanna", "toto", 331, 3},
	).Add(Song{"Everywhere", "Fleetwood Mac", 228, 9})

	for i, s := range pl.All() {
		fmt.Printf("%2d. %v\n", i, s)
		if i == 4 {
			fmt.Println("   ...")
			break
		}
	}
	for s := range Take(pl.ByArtist("TOTO"), 2) {
		fmt.Println("toto:", s.Title)
	}
	d := pl.Duration()
	fmt.Printf("total %dm%02ds\n", d/60, d%60)

	plays := map[string]int{}
	for _, s := range pl.All() {
		plays[s.Artist] += s.Plays
	}
	for _, a := range slices.Sorted(maps.Keys(plays)) {
		fmt.Printf("%-14s %3d\n", a, plays[a])
	}
	titles := slices.Collect(func(yield func(string) bool) {
		for _, s := range pl.All() {
			if s.Plays >= 9 && !yield(s.Title) {
				return
			}
		}
	})
	fmt.Printf("%q\n", titles)
	sorted := slices.SortedFunc(slices.Values(pl.songs), func(a, b Song) int { return b.Plays - a.Plays })
	fmt.Println(sorted[0], "|", sorted[len(sorted)-1].Title)
	byTitle := maps.Collect(func(yield func(string, int) bool) {
		for _, s := range pl.songs {
			if !yield(s.Title, s.Secs) {
				return
			}
		}
	})
	fmt.Println(len(byTitle), byTitle["Dreams"])
	next, stop := iter.Pull(pl.ByArtist("fleetwood mac"))
	defer stop()
	first, ok := next()
	second, _ := next()
	fmt.Println(first.Title, ok, second.Title)
}
