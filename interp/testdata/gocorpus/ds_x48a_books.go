package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Pages  int
	OnLoan bool
}

func (b Book) String() string {
	status := "available"
	if b.OnLoan {
		status = "on loan"
	}
	return fmt.Sprintf("%q by %s (%d), %d pages [%s]", b.Title, b.Author, b.Year, b.Pages, status)
}

type Library struct {
	Books []Book
}

func (l *Library) Add(b Book) {
	l.Books = append(l.Books, b)
}

func (l *Library) Lend(title string) error {
	for i := range l.Books {
		if l.Books[i].Title == title {
			if l.Books[i].OnLoan {
				return fmt.Errorf("%q is already on loan", title)
			}
			l.Books[i].OnLoan = true
			return nil
		}
	}
	return fmt.Errorf("no book titled %q", title)
}

func main() {
	lib := &Library{}
	lib.Add(Book{Title: "The Hobbit", Author: "Tolkien", Year: 1937, Pages: 310})
	lib.Add(Book{Title: "Dune", Author: "Herbert", Year: 1965, Pages: 412})
	lib.Add(Book{Title: "Emma", Author: "Austen", Year: 1815, Pages: 474})
	lib.Add(Book{Title: "Neuromancer", Author: "Gibson", Year: 1984, Pages: 271})

	for _, t := range []string{"Dune", "Dune", "Ulysses"} {
		if err := lib.Lend(t); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("lent", t)
		}
	}
	sort.Slice(lib.Books, func(i, j int) bool { return lib.Books[i].Year < lib.Books[j].Year })
	for _, b := range lib.Books {
		fmt.Println(b)
	}
	total := 0
	var authors []string
	for _, b := range lib.Books {
		total += b.Pages
		authors = append(authors, strings.ToUpper(b.Author))
	}
	fmt.Printf("total pages: %d, authors: %v\n", total, authors)
	fmt.Printf("%+v\n", lib.Books[0])
	fmt.Printf("%v\n", lib.Books[1:2])
}
