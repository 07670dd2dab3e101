package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Account struct {
	ID      string
	Owner   string
	Balance int
}

type DB struct {
	accounts map[string]Account
	commits  int
}

type op struct {
	kind string
	acc  Account
}

type UnitOfWork struct {
	db      *DB
	pending []op
	seen    map[string]Account
	done    bool
}

func (db *DB) Begin() *UnitOfWork {
	return &UnitOfWork{db: db, seen: map[string]Account{}}
}

var ErrNotFound = errors.New("not found")
var ErrFinished = errors.New("unit of work already finished")

func (u *UnitOfWork) Get(id string) (Account, error) {
	if a, ok := u.seen[id]; ok {
		return a, nil
	}
	a, ok := u.db.accounts[id]
	if !ok {
		return Account{}, fmt.Errorf("account %s: %w", id, ErrNotFound)
	}
	u.seen[id] = a
	return a, nil
}

func (u *UnitOfWork) Save(a Account) {
	u.seen[a.ID] = a
	u.pending = append(u.pending, op{"save", a})
}

func (u *UnitOfWork) Remove(id string) {
	delete(u.seen, id)
	u.pending = append(u.pending, op{"delete", Account{ID: id}})
}

func (u *UnitOfWork) Commit() error {
	if u.done {
		return ErrFinished
	}
	u.done = true
	for _, o := range u.pending {
		switch o.kind {
		case "save":
			u.db.accounts[o.acc.ID] = o.acc
		case "delete":
			delete(u.db.accounts, o.acc.ID)
		}
	}
	u.db.commits++
	return nil
}

func (u *UnitOfWork) Rollback() { u.done = true; u.pending = nil }

func Transfer(db *DB, from, to string, amount int) (err error) {
	uow := db.Begin()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer panicked: %v", r)
		}
		if err != nil {
			uow.Rollback()
			return
		}
		err = uow.Commit()
	}()
	src, err := uow.Get(from)
	if err != nil {
		return err
	}
	dst, err := uow.Get(to)
	if err != nil {
		return err
	}
	if amount <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amount))
	}
	src.Balance -= amount
	dst.Balance += amount
	uow.Save(src)
	uow.Save(dst)
	if src.Balance < 0 {
		return fmt.Errorf("%s would be overdrawn by %d", src.Owner, -src.Balance)
	}
	return nil
}

func (db *DB) String() string {
	var parts []string
	for _, id := range slices.Sorted(maps.Keys(db.accounts)) {
		a := db.accounts[id]
		parts = append(parts, fmt.Sprintf("%s:%s=%d", id, a.Owner, a.Balance))
	}
	return strings.Join(parts, " ") + fmt.Sprintf(" (commits=%d)", db.commits)
}

func main() {
	db := &DB{accounts: map[string]Account{
		"a1": {"a1", "ann", 100},
		"b2": {"b2", "ben", 20},
		"c3": {"c3", "cat", 0},
	}}
	fmt.Println(db)
	fmt.Println(Transfer(db, "a1", "b2", 30), db)
	fmt.Println(Transfer(db, "b2", "c3", 80), db)
	fmt.Println(Transfer(db, "a1", "zz", 5), db)
	fmt.Println(Transfer(db, "c3", "a1", -1), db)

	u := db.Begin()
	u.Remove("c3")
	a, _ := u.Get("a1")
	a.Owner = strings.ToUpper(a.Owner)
	u.Save(a)
	_, err := u.Get("c3")
	fmt.Println(err == nil, errors.Is(err, ErrNotFound))
	fmt.Println(u.Commit(), u.Commit(), db)
}
