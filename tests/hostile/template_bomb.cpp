// expect: compile_timeout
// Every node of a depth-30 binary tree is a distinct instantiation (K differs),
// so nothing is shared: 2^30 instantiations, far past any compile limit.
template <int N, int K>
struct Bomb {
    static constexpr long value = Bomb<N - 1, 2 * K>::value + Bomb<N - 1, 2 * K + 1>::value;
};
template <int K>
struct Bomb<0, K> {
    static constexpr long value = 1;
};
long count = Bomb<30, 0>::value;
int main() { return count == 0; }
