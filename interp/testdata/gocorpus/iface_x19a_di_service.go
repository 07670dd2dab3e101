package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type User struct {
	ID    int
	Email string
	Name  string
}

type UserRepo interface {
	Get(id int) (User, error)
	Save(User) error
	List() []User
}

type Mailer interface {
	Send(to, subject, body string) error
}

type Clock interface{ Now() string }

var ErrNotFound = errors.New("not found")
var ErrConflict = errors.New("conflict")

type memRepo struct {
	users map[int]User
}

func (m *memRepo) Get(id int) (User, error) {
	u, ok := m.users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (m *memRepo) Save(u User) error {
	for _, x := range m.users {
		if x.Email == u.Email && x.ID != u.ID {
			return fmt.Errorf("email %s: %w", u.Email, ErrConflict)
		}
	}
	m.users[u.ID] = u
	return nil
}

func (m *memRepo) List() []User {
	out := make([]User, 0, len(m.users))
	for _, u := range m.users {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

type fakeMailer struct{ sent []string }

func (f *fakeMailer) Send(to, subj, body string) error {
	if strings.HasSuffix(to, ".invalid") {
		return errors.New("smtp: rejected " + to)
	}
	f.sent = append(f.sent, fmt.Sprintf("%s|%s|%s", to, subj, body))
	return nil
}

type fixedClock string

func (c fixedClock) Now() string { return string(c) }

type UserService struct {
	Repo   UserRepo
	Mail   Mailer
	Clock  Clock
	nextID int
}

func (s *UserService) Register(name, email string) (User, error) {
	s.nextID++
	u := User{ID: s.nextID, Name: name, Email: email}
	if err := s.Repo.Save(u); err != nil {
		s.nextID--
		return User{}, fmt.Errorf("register: %w", err)
	}
	if err := s.Mail.Send(email, "Welcome", "Hi "+name+" @ "+s.Clock.Now()); err != nil {
		return u, fmt.Errorf("register (mail): %w", err)
	}
	return u, nil
}

func (s *UserService) Rename(id int, name string) error {
	u, err := s.Repo.Get(id)
	if err != nil {
		return fmt.Errorf("rename: %w", err)
	}
	u.Name = name
	return s.Repo.Save(u)
}

func main() {
	mailer := &fakeMailer{}
	svc := &UserService{Repo: &memRepo{users: map[int]User{}}, Mail: mailer, Clock: fixedClock("2024-01-01")}
	for _, in := range [][2]string{{"ann", "ann@x.io"}, {"bob", "bob@x.io"}, {"ann2", "ann@x.io"}, {"cat", "cat@y.invalid"}} {
		u, err := svc.Register(in[0], in[1])
		fmt.Printf("%+v err=%v conflict=%v\n", u, err, errors.Is(err, ErrConflict))
	}
	fmt.Println(svc.Rename(2, "Robert"), svc.Rename(9, "nobody"))
	for _, u := range svc.Repo.List() {
		fmt.Println(u)
	}
	fmt.Println(strings.Join(mailer.sent, "\n"))
	var r UserRepo = svc.Repo
	if mr, ok := r.(*memRepo); ok {
		fmt.Println("mem repo with", len(mr.users), "users")
	}
	_, isMailer := any(svc.Clock).(Mailer)
	fmt.Println(isMailer)
}
