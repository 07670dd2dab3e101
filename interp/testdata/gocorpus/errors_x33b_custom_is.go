package main

import (
	"errors"
	"fmt"
	"strings"
)

type Code int

const (
	NotFound Code = 404
	Conflict Code = 409
	Internal Code = 500
)

type APIError struct {
	Code Code
	Msg  string
	err  error
}

func (e *APIError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("%d %s: %v", e.Code, e.Msg, e.err)
	}
	return fmt.Sprintf("%d %s", e.Code, e.Msg)
}

func (e *APIError) Unwrap() error { return e.err }

func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound = &APIError{Code: NotFound}
	ErrConflict = &APIError{Code: Conflict}
	ErrDBDown   = errors.New("database unavailable")
)

type Hotel struct {
	rooms    map[int]string
	capacity int
}

func (h *Hotel) Book(room int, guest string) error {
	if room < 1 || room > h.capacity {
		return &APIError{Code: NotFound, Msg: fmt.Sprintf("room %d", room)}
	}
	if g, ok := h.rooms[room]; ok {
		return &APIError{Code: Conflict, Msg: fmt.Sprintf("room %d taken by %s", room, g)}
	}
	if strings.HasPrefix(guest, "!") {
		return &APIError{Code: Internal, Msg: "booking failed", err: fmt.Errorf("saving %q: %w", guest, ErrDBDown)}
	}
	h.rooms[room] = guest
	return nil
}

func main() {
	h := &Hotel{rooms: map[int]string{}, capacity: 3}
	reqs := []struct {
		room  int
		guest string
	}{{1, "ann"}, {1, "bob"}, {7, "cy"}, {2, "!dan"}, {2, "eve"}}
	for _, r := range reqs {
		err := h.Book(r.room, r.guest)
		fmt.Printf("book %d for %-4s: ", r.room, r.guest)
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrNotFound):
			fmt.Println("no such room ->", err)
		case errors.Is(err, ErrConflict):
			fmt.Println("conflict ->", err)
		case errors.Is(err, ErrDBDown):
			var api *APIError
			errors.As(err, &api)
			fmt.Printf("retry later (code %d) -> %v\n", api.Code, err)
		}
	}
	wrapped := fmt.Errorf("handler: %w", h.Book(3, "x") /* nil */)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	multi := fmt.Errorf("batch: %w; %w", h.Book(1, "z"), h.Book(9, "z"))
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrNotFound), errors.Is(multi, ErrConflict), errors.Is(multi, ErrDBDown))
	fmt.Println(h.rooms)
	var target *APIError
	if errors.As(multi, &target) {
		fmt.Printf("first api error: %+v\n", *target)
	}
}
