// Exercises: structs - named and positional literals, a constructor returning a pointer, field access through pointers, anonymous structs, comparison
package main

import "fmt"

type book struct {
	title string
	pages int
	read  bool
}

func newBook(title string, pages int) *book {
	if pages <= 0 {
		pages = 1
	}
	return &book{title: title, pages: pages}
}

type shelf struct {
	label string
	books []*book
}

func main() {
	b1 := book{"Dune", 412, false}
	b2 := book{title: "Emma"}
	b3 := newBook("Ulysses", -3)
	fmt.Println(b1, b2, *b3)
	fmt.Printf("%+v\n", b2)

	b3.read = true
	b3.pages += 700
	fmt.Println(b3.title, b3.pages, b3.read)

	s := shelf{label: "classics", books: []*book{&b1, b3}}
	s.books[0].read = true
	fmt.Println(b1.read, len(s.books), s.label)

	copyOf := b1
	copyOf.title = "Dune Messiah"
	fmt.Println(b1.title, "/", copyOf.title, b1 == copyOf)
	copyOf.title = b1.title
	fmt.Println(b1 == copyOf)

	point := struct{ X, Y float64 }{1.5, -2}
	fmt.Printf("%v %+v\n", point, point)
	rows := []struct {
		name string
		ok   bool
	}{{"alpha", true}, {"beta", false}}
	for _, r := range rows {
		fmt.Println(r.name, r.ok)
	}

	type key struct{ row, col int }
	board := map[key]string{{0, 0}: "X", {1, 2}: "O"}
	fmt.Println(board[key{1, 2}], board[key{2, 1}] == "", len(board))

	var empty book
	fmt.Printf("%q %d %t\n", empty.title, empty.pages, empty.read)
	pb := &book{}
	pb.title = "via pointer"
	fmt.Println(pb.title, (*pb).pages)
}
