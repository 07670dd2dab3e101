package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

type Book struct {
	ID     int     `json:"id"`
	Title  string  `json:"title"`
	Author string  `json:"author"`
	Year   int     `json:"year"`
	Rating float64 `json:"rating"`
}

type Page[T any] struct {
	Items      []T    `json:"items"`
	Total      int    `json:"total"`
	NextCursor string `json:"next_cursor,omitempty"`
}

var books = []Book{
	{1, "Dune", "Herbert", 1965, 4.3},
	{2, "Neuromancer", "Gibson", 1984, 3.9},
	{3, "Hyperion", "Simmons", 1989, 4.2},
	{4, "Foundation", "Asimov", 1951, 4.2},
	{5, "Snow Crash", "Stephenson", 1992, 4.0},
	{6, "The Left Hand of Darkness", "Le Guin", 1969, 4.1},
	{7, "Solaris", "Lem", 1961, 4.0},
}

func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return min(max(n, lo), hi), nil
}

func listBooks(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q, "limit", 3, 1, 5)
	if err == nil {
		var offset int
		offset, err = intParam(q, "cursor", 0, 0, len(books))
		if err == nil {
			items := slices.Clone(books)
			switch q.Get("sort") {
			case "year":
				slices.SortFunc(items, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
			case "-rating":
				slices.SortStableFunc(items, func(a, b Book) int { return cmp.Compare(b.Rating, a.Rating) })
			case "title":
				slices.SortFunc(items, func(a, b Book) int { return strings.Compare(a.Title, b.Title) })
			}
			if a := q.Get("author"); a != "" {
				items = slices.DeleteFunc(items, func(b Book) bool { return !strings.EqualFold(b.Author, a) })
			}
			end := min(offset+limit, len(items))
			page := Page[Book]{Items: items[min(offset, end):end], Total: len(items)}
			if end < len(items) {
				page.NextCursor = strconv.Itoa(end)
			}
			w.Header().Set("Content-Type", "application/json")
			enc := json.NewEncoder(w)
			enc.SetIndent("", " ")
			enc.Encode(page)
			return
		}
	}
	http.Error(w, err.Error(), http.StatusBadRequest)
}

func main() {
	for _, qs := range []string{"", "sort=year&limit=2", "sort=year&limit=2&cursor=2", "sort=-rating&limit=100", "author=LEM", "limit=x", "sort=title&cursor=6"} {
		rec := httptest.NewRecorder()
		listBooks(rec, httptest.NewRequest("GET", "/books?"+qs, nil))
		var page Page[Book]
		if rec.Code != 200 {
			fmt.Printf("%q: %d %s", qs, rec.Code, rec.Body)
			continue
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
			panic(err)
		}
		titles := make([]string, len(page.Items))
		for i, b := range page.Items {
			titles[i] = fmt.Sprintf("%s(%d,%.1f)", b.Title, b.Year, b.Rating)
		}
		fmt.Printf("%q: total=%d next=%q %v\n", qs, page.Total, page.NextCursor, titles)
	}
	rec := httptest.NewRecorder()
	listBooks(rec, httptest.NewRequest("GET", "/books?limit=1&sort=year", nil))
	fmt.Print(rec.Body.String())
}
