package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Item struct {
	ID   int
	Name string
}

type page struct {
	items []Item
	next  string
}

// fakeAPI serves items in pages, failing on a given token.
type fakeAPI struct {
	pages   map[string]page
	failOn  string
	fetches int
}

var ErrRateLimited = errors.New("rate limited")

func (api *fakeAPI) List(token string) ([]Item, string, error) {
	api.fetches++
	if token == api.failOn {
		return nil, "", fmt.Errorf("list page %q: %w", token, ErrRateLimited)
	}
	p := api.pages[token]
	return p.items, p.next, nil
}

// Items returns an iterator over every item, yielding any error as the
// second value and then stopping.
func (api *fakeAPI) Items() iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		token := ""
		for {
			items, next, err := api.List(token)
			if err != nil {
				yield(Item{}, err)
				return
			}
			for _, it := range items {
				if !yield(it, nil) {
					return
				}
			}
			if next == "" {
				return
			}
			token = next
		}
	}
}

func newAPI(failOn string) *fakeAPI {
	return &fakeAPI{
		failOn: failOn,
		pages: map[string]page{
			"":   {[]Item{{1, "alpha"}, {2, "beta"}}, "p2"},
			"p2": {[]Item{{3, "gamma"}, {4, "delta"}}, "p3"},
			"p3": {[]Item{{5, "epsilon"}}, ""},
		},
	}
}

func collect(api *fakeAPI) ([]string, error) {
	var names []string
	for it, err := range api.Items() {
		if err != nil {
			return names, err
		}
		names = append(names, it.Name)
	}
	return names, nil
}

func main() {
	api := newAPI("none")
	names, err := collect(api)
	fmt.Println(names, err, "fetches:", api.fetches)

	api = newAPI("p3")
	names, err = collect(api)
	fmt.Println(names, "|", err, "|", errors.Is(err, ErrRateLimited))

	// Stop early: only the first page is fetched.
	api = newAPI("none")
	for it, err := range api.Items() {
		if err != nil {
			break
		}
		fmt.Printf("%d:%s ", it.ID, strings.ToUpper(it.Name))
		if it.ID == 2 {
			break
		}
	}
	fmt.Println("fetches:", api.fetches)

	// Chunked iteration with index.
	api = newAPI("")
	for _, err := range api.Items() {
		fmt.Println("first call fails:", err)
	}
}
