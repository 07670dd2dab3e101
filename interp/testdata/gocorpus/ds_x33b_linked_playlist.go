package main

import (
	"errors"
	"fmt"
	"strings"
)

type Song struct {
	Title    string
	Artist   string
	Duration int // seconds
}

func (s Song) String() string {
	return fmt.Sprintf("%s - %s (%d:%02d)", s.Artist, s.Title, s.Duration/60, s.Duration%60)
}

type node struct {
	song       Song
	prev, next *node
}

type Playlist struct {
	head, tail *node
	size       int
}

var ErrNotFound = errors.New("song not found")

func (p *Playlist) Append(s Song) {
	n := &node{song: s, prev: p.tail}
	if p.tail == nil {
		p.head = n
	} else {
		p.tail.next = n
	}
	p.tail = n
	p.size++
}

func (p *Playlist) Remove(title string) error {
	for n := p.head; n != nil; n = n.next {
		if n.song.Title != title {
			continue
		}
		if n.prev != nil {
			n.prev.next = n.next
		} else {
			p.head = n.next
		}
		if n.next != nil {
			n.next.prev = n.prev
		} else {
			p.tail = n.prev
		}
		p.size--
		return nil
	}
	return fmt.Errorf("remove %q: %w", title, ErrNotFound)
}

func (p *Playlist) Reverse() {
	for n := p.head; n != nil; n = n.prev {
		n.next, n.prev = n.prev, n.next
	}
	p.head, p.tail = p.tail, p.head
}

func (p *Playlist) Each(f func(i int, s Song)) {
	i := 0
	for n := p.head; n != nil; n = n.next {
		f(i, n.song)
		i++
	}
}

func (p *Playlist) TotalTime() (total int) {
	p.Each(func(_ int, s Song) { total += s.Duration })
	return total
}

func (p Playlist) String() string {
	var titles []string
	p.Each(func(_ int, s Song) { titles = append(titles, s.Title) })
	return "[" + strings.Join(titles, " <-> ") + "]"
}

func main() {
	p := &Playlist{}
	for _, s := range []Song{
		{"Imagine", "John Lennon", 183},
		{"Hey Jude", "The Beatles", 431},
		{"Heroes", "David Bowie", 371},
		{"Hallelujah", "Leonard Cohen", 279},
	} {
		p.Append(s)
	}
	fmt.Println(p, p.size)
	p.Each(func(i int, s Song) { fmt.Printf("%d. %v\n", i+1, s) })
	t := p.TotalTime()
	fmt.Printf("total %dm%02ds\n", t/60, t%60)

	fmt.Println(p.Remove("Heroes"), p)
	err := p.Remove("Yesterday")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(p.Remove("Imagine"), p.Remove("Hallelujah"), *p)
	p.Append(Song{"Wonderwall", "Oasis", 258})
	p.Append(Song{"Creep", "Radiohead", 238})
	p.Reverse()
	fmt.Println(p, p.head.song.Title, p.tail.song.Title, p.tail.next == nil)
	fmt.Printf("%v\n%+v\n", p.head.song, p.head.song)
}
