package main

import (
	"errors"
	"fmt"
	"strings"
)

type Clock interface {
	Now() int64
}

type UserStore interface {
	Email(userID int) (string, error)
}

type Sender interface {
	Send(to, subject, body string) error
}

type fixedClock struct{ t int64 }

func (c *fixedClock) Now() int64 { c.t += 60; return c.t }

type mapStore map[int]string

var ErrNoUser = errors.New("user not found")

func (m mapStore) Email(id int) (string, error) {
	if e, ok := m[id]; ok {
		return e, nil
	}
	return "", fmt.Errorf("id %d: %w", id, ErrNoUser)
}

type outbox struct {
	sent   []string
	failOn string
}

func (o *outbox) Send(to, subject, body string) error {
	if strings.HasSuffix(to, o.failOn) {
		return errors.New("smtp: mailbox unavailable")
	}
	o.sent = append(o.sent, fmt.Sprintf("to=%s subj=%q body=%q", to, subject, body))
	return nil
}

// ReminderService depends only on interfaces.
type ReminderService struct {
	clock  Clock
	users  UserStore
	sender Sender
	quiet  func(t int64) bool
}

type Deps struct {
	Clock  Clock
	Users  UserStore
	Sender Sender
}

func NewReminderService(d Deps) *ReminderService {
	return &ReminderService{
		clock:  d.Clock,
		users:  d.Users,
		sender: d.Sender,
		quiet:  func(t int64) bool { return t%300 == 0 },
	}
}

func (s *ReminderService) Remind(userID int, task string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("remind user %d: %w", userID, err)
		}
	}()
	now := s.clock.Now()
	if s.quiet(now) {
		return fmt.Errorf("quiet hours at t=%d", now)
	}
	email, err := s.users.Email(userID)
	if err != nil {
		return err
	}
	return s.sender.Send(email, "Reminder", fmt.Sprintf("%s (t=%d)", task, now))
}

func main() {
	ob := &outbox{failOn: "@down.example"}
	svc := NewReminderService(Deps{
		Clock:  &fixedClock{t: 1000},
		Users:  mapStore{1: "ann@example.com", 2: "bo@down.example", 3: "cy@example.com"},
		Sender: ob,
	})
	jobs := []struct {
		id   int
		task string
	}{{1, "pay rent"}, {2, "water plants"}, {4, "call mom"}, {3, "standup"}, {1, "gym"}, {3, "read"}}
	failures := 0
	for _, j := range jobs {
		if err := svc.Remind(j.id, j.task); err != nil {
			failures++
			fmt.Println("error:", err, "| no user:", errors.Is(err, ErrNoUser))
		}
	}
	for _, s := range ob.sent {
		fmt.Println(s)
	}
	fmt.Printf("sent=%d failed=%d clock=%+v\n", len(ob.sent), failures, svc.clock)
	var _ Sender = (*outbox)(nil)
	fmt.Printf("%T %T\n", svc.users, svc.sender)
}
