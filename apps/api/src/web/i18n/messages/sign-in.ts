import type { Catalogue, Shape } from '../catalogue';

const en = {
  title: 'Sign in',
  intro: 'Sign in with the token your administrator gave you. It is the same token the API takes.',
  token: 'Token',
  tokenHelp: 'A long string of letters and digits. It is never shown again after you sign in.',
  submit: 'Sign in',
  tokenRequired: 'Enter your token.',
  tokenUnknown: 'This token matches no user, or the user is disabled.',
  formExpired: 'The sign-in form expired. Enter your token again.',
  signedOut: 'You are signed out.',
  sessionEnded: 'Your session ended. Sign in again to continue.',
};

export const signIn: Catalogue<Shape<typeof en>> = {
  en,
  ru: {
    title: 'Вход',
    intro: 'Войдите с токеном, который выдал администратор. Это тот же токен, что принимает API.',
    token: 'Токен',
    tokenHelp: 'Длинная строка из букв и цифр. После входа она больше не показывается.',
    submit: 'Войти',
    tokenRequired: 'Введите токен.',
    tokenUnknown: 'Этот токен не принадлежит ни одному пользователю, или пользователь отключён.',
    formExpired: 'Форма входа устарела. Введите токен ещё раз.',
    signedOut: 'Вы вышли из системы.',
    sessionEnded: 'Сеанс завершён. Войдите снова, чтобы продолжить.',
  },
  tk: {
    title: 'Girmek',
    intro: 'Administratoryňyzyň beren tokeni bilen giriň. Bu API-niň kabul edýän şol bir tokenidir.',
    token: 'Token',
    tokenHelp: 'Harplardan we sanlardan ybarat uzyn setir. Girenizden soň ol gaýtadan görkezilmeýär.',
    submit: 'Girmek',
    tokenRequired: 'Tokeniňizi giriziň.',
    tokenUnknown: 'Bu token hiç bir ulanyja degişli däl ýa-da ulanyjy öçürilen.',
    formExpired: 'Giriş formasynyň möhleti geçdi. Tokeni gaýtadan giriziň.',
    signedOut: 'Siz ulgamdan çykdyňyz.',
    sessionEnded: 'Sessiýaňyz tamamlandy. Dowam etmek üçin gaýtadan giriň.',
  },
};
