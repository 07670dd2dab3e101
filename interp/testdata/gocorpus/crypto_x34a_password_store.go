package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var (
	ErrUnknownUser = errors.New("unknown user")
	ErrBadPassword = errors.New("bad password")
	ErrBadFormat   = errors.New("bad hash format")
)

type Hasher interface {
	ID() string
	Hash(password, salt []byte, rounds int) []byte
}

type sha256Iter struct{}

func (sha256Iter) ID() string { return "s256" }
func (sha256Iter) Hash(pw, salt []byte, rounds int) []byte {
	sum := sha256.Sum256(append(append([]byte{}, salt...), pw...))
	for i := 1; i < rounds; i++ {
		sum = sha256.Sum256(append(sum[:], pw...))
	}
	return sum[:]
}

type legacyMD5 struct{}

func (legacyMD5) ID() string { return "md5" }
func (legacyMD5) Hash(pw, salt []byte, _ int) []byte {
	s := md5.Sum(append(salt, pw...))
	return s[:]
}

type Store struct {
	hashers map[string]Hasher
	users   map[string]string
	rounds  int
}

func (s *Store) encode(h Hasher, pw string, salt []byte) string {
	digest := h.Hash([]byte(pw), salt, s.rounds)
	enc := base64.RawStdEncoding
	return strings.Join([]string{"", h.ID(), strconv.Itoa(s.rounds), enc.EncodeToString(salt), enc.EncodeToString(digest)}, "$")
}

func (s *Store) Verify(user, pw string) error {
	stored, ok := s.users[user]
	if !ok {
		return fmt.Errorf("%q: %w", user, ErrUnknownUser)
	}
	parts := strings.Split(stored, "$")
	if len(parts) != 5 {
		return ErrBadFormat
	}
	h, ok := s.hashers[parts[1]]
	rounds, err := strconv.Atoi(parts[2])
	if !ok || err != nil {
		return fmt.Errorf("%w: %v", ErrBadFormat, err)
	}
	salt, _ := base64.RawStdEncoding.DecodeString(parts[3])
	want, _ := base64.RawStdEncoding.DecodeString(parts[4])
	got := h.Hash([]byte(pw), salt, rounds)
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrBadPassword
	}
	return nil
}

func main() {
	s := &Store{hashers: map[string]Hasher{}, users: map[string]string{}, rounds: 1000}
	for _, h := range []Hasher{sha256Iter{}, legacyMD5{}} {
		s.hashers[h.ID()] = h
	}
	s.users["alice"] = s.encode(sha256Iter{}, "correct horse", []byte("salt-001"))
	s.users["bob"] = s.encode(legacyMD5{}, "hunter2", []byte("NaCl"))
	s.users["carol"] = "$s256$x$abc$def"
	s.users["dave"] = "garbage"
	names := make([]string, 0, len(s.users))
	for n := range s.users {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-5s %s\n", n, s.users[n])
	}
	tries := [][2]string{{"alice", "correct horse"}, {"alice", "Correct horse"}, {"bob", "hunter2"}, {"carol", "x"}, {"dave", "x"}, {"erin", "x"}}
	for _, t := range tries {
		err := s.Verify(t[0], t[1])
		switch {
		case err == nil:
			fmt.Println(t[0], "login ok")
		case errors.Is(err, ErrBadPassword), errors.Is(err, ErrUnknownUser):
			fmt.Println(t[0], "denied:", err)
		default:
			fmt.Println(t[0], "corrupt:", err)
		}
	}
	fmt.Println(subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeSelect(0, 10, 20), subtle.ConstantTimeEq(5, 6))
}
