package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type User struct {
	ID   int
	Name string
}

type Page struct {
	Items []User
	Next  string
}

// fakeAPI serves users in pages addressed by an opaque cursor.
type fakeAPI struct {
	users    []User
	pageSize int
	failAt   string
	requests []string
}

func (a *fakeAPI) List(cursor string) (Page, error) {
	a.requests = append(a.requests, cursor)
	if cursor == a.failAt && cursor != "" {
		return Page{}, fmt.Errorf("GET /users?cursor=%s: 503 service unavailable", cursor)
	}
	start := 0
	if cursor != "" {
		if _, err := fmt.Sscanf(cursor, "c%d", &start); err != nil {
			return Page{}, fmt.Errorf("bad cursor %q", cursor)
		}
	}
	end := min(start+a.pageSize, len(a.users))
	p := Page{Items: a.users[start:end]}
	if end < len(a.users) {
		p.Next = fmt.Sprintf("c%d", end)
	}
	return p, nil
}

// All iterates over every user across pages, yielding errors inline.
func All(api *fakeAPI) iter.Seq2[User, error] {
	return func(yield func(User, error) bool) {
		cursor := ""
		for {
			page, err := api.List(cursor)
			if err != nil {
				yield(User{}, err)
				return
			}
			for _, u := range page.Items {
				if !yield(u, nil) {
					return
				}
			}
			if page.Next == "" {
				return
			}
			cursor = page.Next
		}
	}
}

var errStop = errors.New("stop")

func main() {
	var users []User
	for i, n := range strings.Fields("ada bob cy dee eve fay gus hal ivy jon") {
		users = append(users, User{i + 1, n})
	}

	api := &fakeAPI{users: users, pageSize: 3}
	var names []string
	for u, err := range All(api) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		names = append(names, u.Name)
	}
	fmt.Println(names, api.requests)

	api2 := &fakeAPI{users: users, pageSize: 4}
	for u, err := range All(api2) {
		if err != nil {
			break
		}
		if u.ID == 5 {
			fmt.Printf("found %+v after %d requests\n", u, len(api2.requests))
			break
		}
	}

	api3 := &fakeAPI{users: users, pageSize: 4, failAt: "c8"}
	count := 0
	var lastErr error
	for _, err := range All(api3) {
		if err != nil {
			lastErr = err
			break
		}
		count++
	}
	fmt.Println(count, lastErr)

	next, stop := iter.Pull2(All(&fakeAPI{users: users[:2], pageSize: 1}))
	defer stop()
	for {
		u, err, ok := next()
		if !ok {
			fmt.Println("exhausted")
			break
		}
		fmt.Println(u, err)
	}
	fmt.Println(errors.Is(fmt.Errorf("wrap: %w", errStop), errStop))
}
