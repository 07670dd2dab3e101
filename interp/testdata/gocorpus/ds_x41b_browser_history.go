package main

import (
	"container/ring"
	"errors"
	"fmt"
	"strings"
)

type Page struct {
	URL   string
	Title string
}

func (p Page) String() string { return p.Title + " <" + p.URL + ">" }

type BrowserHistory struct {
	back    []Page
	forward []Page
	current *Page
	recent  *ring.Ring
}

var ErrNoHistory = errors.New("no history")

func NewBrowserHistory(recentSize int) *BrowserHistory {
	return &BrowserHistory{recent: ring.New(recentSize)}
}

func (b *BrowserHistory) Visit(p Page) {
	if b.current != nil {
		b.back = append(b.back, *b.current)
	}
	b.current = &p
	b.forward = nil
	b.recent.Value = p
	b.recent = b.recent.Next()
}

func (b *BrowserHistory) Back() (Page, error) {
	if len(b.back) == 0 {
		return Page{}, fmt.Errorf("back: %w", ErrNoHistory)
	}
	b.forward = append(b.forward, *b.current)
	prev := b.back[len(b.back)-1]
	b.back = b.back[:len(b.back)-1]
	b.current = &prev
	return prev, nil
}

func (b *BrowserHistory) Forward() (Page, error) {
	if len(b.forward) == 0 {
		return Page{}, fmt.Errorf("forward: %w", ErrNoHistory)
	}
	b.back = append(b.back, *b.current)
	next := b.forward[len(b.forward)-1]
	b.forward = b.forward[:len(b.forward)-1]
	b.current = &next
	return next, nil
}

func (b *BrowserHistory) Recent() []string {
	var out []string
	b.recent.Do(func(v any) {
		if p, ok := v.(Page); ok {
			out = append(out, p.Title)
		}
	})
	return out
}

func (b *BrowserHistory) Current() string {
	if b.current == nil {
		return "(blank)"
	}
	return b.current.String()
}

func main() {
	h := NewBrowserHistory(3)
	fmt.Println(h.Current(), h.Recent())
	_, err := h.Back()
	fmt.Println(err, errors.Is(err, ErrNoHistory))
	for _, p := range []Page{
		{"https://go.dev", "Go"},
		{"https://go.dev/doc", "Docs"},
		{"https://go.dev/play", "Playground"},
		{"https://pkg.go.dev", "Packages"},
	} {
		h.Visit(p)
	}
	fmt.Println(h.Current(), h.Recent())
	for i := 0; i < 4; i++ {
		p, err := h.Back()
		fmt.Printf("back: %v %v\n", p, err)
	}
	p, _ := h.Forward()
	fmt.Println("forward:", p)
	h.Visit(Page{"https://blog.golang.org", "Blog"})
	_, err = h.Forward()
	fmt.Println(err, "|", h.Current(), "| back stack:", len(h.back))
	fmt.Println(strings.Join(h.Recent(), " -> "), h.recent.Len())

	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	removed := r.Unlink(2)
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, removed.Len(), r.Len(), r.Move(-1).Value)
}
